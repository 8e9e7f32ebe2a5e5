package org.embedcrm.core.deal;

import java.time.Instant;
import java.time.LocalDate;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A deal entered its pipeline's lost stage.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param deal       never null
 * @param lostReason the configured reason, or null
 * @param lostNote   the free-text note, or null
 * @param closeDate  its actual close date; never null
 */
public record DealLost(TenantId tenant, Instant occurredAt, UserRef actor, DealId deal, LostReasonId lostReason,
                       String lostNote, LocalDate closeDate) implements DomainEvent {
}
