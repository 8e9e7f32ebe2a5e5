package org.embedcrm.core.deal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * Command: edit a deal's own fields (its stage changes through {@link MoveDeal} and {@link ChangeDealPipeline}).
 * Start from {@link #of(Deal)}.
 *
 * @param deal              never null
 * @param title             1 to 200 characters
 * @param description       up to 4000 characters, or null
 * @param value             zero or more, or null
 * @param expectedCloseDate or null
 * @param probability       0–100, or null
 * @param company           or null
 * @param customer          or null
 * @param assignee          or null
 * @param expectedVersion   the version the caller edited, or null to skip that check
 */
public record UpdateDeal(@NotNull DealId deal,
                         @NotBlank @Size(max = DealTerms.TITLE_MAX) String title,
                         @Size(max = DealTerms.DESCRIPTION_MAX) String description,
                         Money value, LocalDate expectedCloseDate,
                         @Min(0) @Max(100) Integer probability,
                         ContactId company, ContactId customer, UserRef assignee, Long expectedVersion) {

    /**
     * @param current the deal as read; never null
     * @return a command that keeps every field and expects the version read
     */
    public static UpdateDeal of(Deal current) {
        DealTerms t = current.terms();
        return new UpdateDeal(current.id(), t.title(), t.description(), t.value(), t.expectedCloseDate(),
                t.probability() == null ? null : t.probability().percent(), t.company(), t.customer(), t.assignee(),
                current.version());
    }

    /**
     * @param newTitle the title
     * @return this command with that title
     */
    public UpdateDeal titled(String newTitle) {
        return new UpdateDeal(deal, newTitle, description, value, expectedCloseDate, probability, company, customer,
                assignee, expectedVersion);
    }

    /**
     * @param amount the value, or null
     * @return this command with that value
     */
    public UpdateDeal worth(Money amount) {
        return new UpdateDeal(deal, title, description, amount, expectedCloseDate, probability, company, customer,
                assignee, expectedVersion);
    }

    /**
     * @param date the expected close date, or null
     * @return this command with that date
     */
    public UpdateDeal closingOn(LocalDate date) {
        return new UpdateDeal(deal, title, description, value, date, probability, company, customer, assignee,
                expectedVersion);
    }

    /**
     * @param percent 0–100, or null
     * @return this command with that probability
     */
    public UpdateDeal withProbability(Integer percent) {
        return new UpdateDeal(deal, title, description, value, expectedCloseDate, percent, company, customer,
                assignee, expectedVersion);
    }

    /**
     * @param user the assignee, or null
     * @return this command with that assignee
     */
    public UpdateDeal assignedTo(UserRef user) {
        return new UpdateDeal(deal, title, description, value, expectedCloseDate, probability, company, customer,
                user, expectedVersion);
    }
}
