package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.StageChange;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** A row of {@code embedcrm_deal_stage_changes}; written once, never changed. */
@Entity(name = "EmbedCrmStageChange")
@Table(name = "embedcrm_deal_stage_changes")
class StageChangeEntity {

    // An ascending number rather than a UUID: it orders the entries appended at the same instant.
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "deal_id", nullable = false, updatable = false)
    private UUID dealId;

    @Column(name = "pipeline_id", nullable = false, updatable = false)
    private UUID pipelineId;

    @Column(name = "from_stage_id", updatable = false)
    private UUID fromStageId;

    @Column(name = "to_stage_id", nullable = false, updatable = false)
    private UUID toStageId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 128)
    private String changedBy;

    protected StageChangeEntity() {
    }

    StageChangeEntity(TenantId tenant, StageChange change) {
        this.tenantId = tenant.value();
        this.dealId = change.deal().value();
        this.pipelineId = change.pipeline().value();
        this.fromStageId = change.from() == null ? null : change.from().value();
        this.toStageId = change.to().value();
        this.changedAt = change.at();
        this.changedBy = change.by().value();
    }

    StageChange toStageChange() {
        return new StageChange(new DealId(dealId), new PipelineId(pipelineId),
                fromStageId == null ? null : new StageId(fromStageId), new StageId(toStageId), changedAt,
                new UserRef(changedBy));
    }
}
