package org.embedcrm.core.party;

import java.time.Instant;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A contact was created.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param contact    never null
 * @param type       never null
 */
public record ContactCreated(TenantId tenant, Instant occurredAt, UserRef actor, ContactId contact,
                             ContactType type) implements DomainEvent {
}
