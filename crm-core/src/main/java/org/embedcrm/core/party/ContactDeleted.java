package org.embedcrm.core.party;

import java.time.Instant;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A contact without linked records was deleted.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param contact    never null
 */
public record ContactDeleted(TenantId tenant, Instant occurredAt, UserRef actor, ContactId contact)
        implements DomainEvent {
}
