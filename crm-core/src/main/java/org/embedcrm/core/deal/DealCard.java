package org.embedcrm.core.deal;

import java.time.LocalDate;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * A deal as the board shows it.
 *
 * @param id                the deal; never null
 * @param stage             the stage it sits in; never null
 * @param title             never null
 * @param value             or null
 * @param assignee          or null
 * @param customer          or null
 * @param company           or null
 * @param expectedCloseDate or null
 * @param version           the version to send back with a move, for optimistic locking
 */
public record DealCard(DealId id, StageId stage, String title, Money value, UserRef assignee, ContactId customer,
                       ContactId company, LocalDate expectedCloseDate, long version) {

    /**
     * @param deal a deal; never null
     * @return its card
     */
    public static DealCard of(Deal deal) {
        DealTerms t = deal.terms();
        return new DealCard(deal.id(), deal.stage(), t.title(), t.value(), t.assignee(), t.customer(), t.company(),
                t.expectedCloseDate(), deal.version());
    }
}
