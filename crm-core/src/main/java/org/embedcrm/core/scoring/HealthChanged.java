package org.embedcrm.core.scoring;

import java.time.Instant;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A customer's health moved to another band (or got its first score).
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param customer   never null
 * @param from       the band before, or null for a first score
 * @param to         the band now; never null
 * @param score      the score now
 */
public record HealthChanged(TenantId tenant, Instant occurredAt, UserRef actor, ContactId customer, HealthBand from,
                            HealthBand to, int score) implements DomainEvent {
}
