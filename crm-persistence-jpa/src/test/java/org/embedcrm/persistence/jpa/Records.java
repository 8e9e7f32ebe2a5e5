package org.embedcrm.persistence.jpa;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.DealTerms;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** New records for the port-level tests, built directly so they can break rules the services would keep. */
final class Records {

    static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    static final UserRef ALICE = UserRef.of("alice");

    private Records() {
    }

    static Stage stage(String name) {
        return new Stage(new StageId(UUID.randomUUID()), name, null, false, false, false, null);
    }

    static Pipeline pipeline(TenantId tenant, String name, Stage... stages) {
        return pipeline(tenant, name, false, stages);
    }

    static Pipeline defaultPipeline(TenantId tenant, String name, Stage... stages) {
        return pipeline(tenant, name, true, stages);
    }

    private static Pipeline pipeline(TenantId tenant, String name, boolean isDefault, Stage... stages) {
        return Pipeline.restore(new Pipeline.Snapshot(new PipelineId(UUID.randomUUID()), tenant, 0, name, null, true,
                isDefault, 0, List.of(stages)));
    }

    static Pipeline withStages(Pipeline pipeline, List<Stage> stages) {
        Pipeline.Snapshot s = pipeline.snapshot();
        return Pipeline.restore(new Pipeline.Snapshot(s.id(), s.tenant(), s.version(), s.name(), s.description(),
                s.active(), s.isDefault(), s.displayOrder(), stages));
    }

    static Pipeline renamed(Pipeline pipeline, String name) {
        Pipeline.Snapshot s = pipeline.snapshot();
        return Pipeline.restore(new Pipeline.Snapshot(s.id(), s.tenant(), s.version(), name, s.description(),
                s.active(), s.isDefault(), s.displayOrder(), s.stages()));
    }

    static Deal deal(Pipeline pipeline, Stage stage, Money value, Instant createdAt) {
        return Deal.restore(new Deal.Snapshot(new DealId(UUID.randomUUID()), pipeline.tenant(), 0,
                new DealTerms("Deal opened " + createdAt, null, value, null, null, null, null, null),
                pipeline.id(), stage.id(), null, null, null, createdAt, ALICE, createdAt));
    }

    static Deal retitled(Deal deal, String title) {
        Deal.Snapshot s = deal.snapshot();
        DealTerms t = s.terms();
        return Deal.restore(new Deal.Snapshot(s.id(), s.tenant(), s.version(),
                new DealTerms(title, t.description(), t.value(), t.expectedCloseDate(), t.probability(), t.company(),
                        t.customer(), t.assignee()),
                s.pipeline(), s.stage(), s.actualCloseDate(), s.lostReason(), s.lostNote(), s.createdAt(),
                s.createdBy(), s.updatedAt()));
    }

    static LostReason lostReason(TenantId tenant, String name) {
        return new LostReason(new LostReasonId(UUID.randomUUID()), tenant, 0, name, true, false);
    }
}
