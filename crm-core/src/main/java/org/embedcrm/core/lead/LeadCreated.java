package org.embedcrm.core.lead;

import java.time.Instant;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A lead was created.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param lead       never null
 * @param status     the status it starts in; never null
 */
public record LeadCreated(TenantId tenant, Instant occurredAt, UserRef actor, LeadId lead, LeadStatusId status) implements DomainEvent {
}
