package org.embedcrm.core.deal;

import java.time.Instant;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A deal entered another stage (on the board, or with a change of pipeline).
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      who moved it; never null
 * @param deal       never null
 * @param pipeline   the pipeline of the stage entered; never null
 * @param from       the stage left; never null
 * @param to         the stage entered; never null
 */
public record DealStageChanged(TenantId tenant, Instant occurredAt, UserRef actor, DealId deal, PipelineId pipeline,
                               StageId from, StageId to) implements DomainEvent {
}
