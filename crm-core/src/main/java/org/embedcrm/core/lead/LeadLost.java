package org.embedcrm.core.lead;

import java.time.Instant;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A lead was lost.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param lead       never null
 * @param lostReason the reason given, or null
 */
public record LeadLost(TenantId tenant, Instant occurredAt, UserRef actor, LeadId lead, LostReasonId lostReason) implements DomainEvent {
}
