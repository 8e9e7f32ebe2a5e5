package org.embedcrm.core.deal;

import java.time.LocalDate;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.UserRef;

/**
 * The fields of a deal a user edits directly (everything but its place in a pipeline and its outcome).
 *
 * @param title             1 to 200 characters; never null
 * @param description       up to 4000 characters, or null
 * @param value             the expected value, zero or more, or null when not known yet
 * @param expectedCloseDate when it should close, or null
 * @param probability       the chance it is won, or null
 * @param company           the company it is with, or null
 * @param customer          the customer (contact) it is with, or null
 * @param assignee          the user responsible, or null
 */
public record DealTerms(String title, String description, Money value, LocalDate expectedCloseDate,
                        Probability probability, ContactId company, ContactId customer, UserRef assignee) {

    /** Longest title accepted. */
    public static final int TITLE_MAX = 200;
    /** Longest description accepted. */
    public static final int DESCRIPTION_MAX = 4000;

    /** Rejects a missing title, an over-long description and a negative value. */
    public DealTerms {
        title = Names.require("title", title, TITLE_MAX);
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw ValidationException.of("description", "description.too-long",
                    "a description has at most " + DESCRIPTION_MAX + " characters");
        }
        if (description != null && description.isBlank()) {
            description = null;
        }
        if (value != null && value.isNegative()) {
            throw ValidationException.of("value", "deal.value.negative", "a deal's value is zero or more: " + value);
        }
    }

    DealTerms withProbability(Probability newProbability) {
        return new DealTerms(title, description, value, expectedCloseDate, newProbability, company, customer, assignee);
    }
}
