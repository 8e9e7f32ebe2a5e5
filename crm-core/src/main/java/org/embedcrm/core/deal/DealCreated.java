package org.embedcrm.core.deal;

import java.time.Instant;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A deal was opened.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      who opened it; never null
 * @param deal       never null
 * @param pipeline   the pipeline it was opened in; never null
 * @param stage      the stage it starts in; never null
 */
public record DealCreated(TenantId tenant, Instant occurredAt, UserRef actor, DealId deal, PipelineId pipeline,
                          StageId stage) implements DomainEvent {
}
