package org.embedcrm.core.deal;

import java.time.Instant;
import java.time.LocalDate;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A deal entered its pipeline's won stage.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param deal       never null
 * @param value      its value, or null when none was set
 * @param closeDate  its actual close date; never null
 */
public record DealWon(TenantId tenant, Instant occurredAt, UserRef actor, DealId deal, Money value,
                      LocalDate closeDate) implements DomainEvent {
}
