package org.embedcrm.core.lead;

import java.time.Instant;
import java.util.Objects;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.UserRef;

/**
 * What a lead was converted into, when and by whom.
 *
 * @param at       never null
 * @param by       never null
 * @param customer the customer contact; never null
 * @param company  the company contact, or null
 * @param deal     the deal opened, or null
 */
public record LeadConversion(Instant at, UserRef by, ContactId customer, ContactId company, DealId deal) {

    /** Rejects missing required parts. */
    public LeadConversion {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(customer, "customer");
    }
}
