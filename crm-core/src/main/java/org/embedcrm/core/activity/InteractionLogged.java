package org.embedcrm.core.activity;

import java.time.Instant;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A call, meeting, e-mail or note was logged against a contact.
 *
 * @param tenant      never null
 * @param occurredAt  when it was logged; never null
 * @param actor       who logged it; never null
 * @param interaction never null
 * @param kind        never null
 * @param contact     never null
 */
public record InteractionLogged(TenantId tenant, Instant occurredAt, UserRef actor, InteractionId interaction,
                                InteractionKind kind, ContactId contact) implements DomainEvent {
}
