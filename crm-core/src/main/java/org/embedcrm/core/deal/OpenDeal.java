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
 * Command: open a deal in a pipeline. Start from {@link #in(PipelineId, String)}.
 *
 * @param title             1 to 200 characters
 * @param description       up to 4000 characters, or null
 * @param value             zero or more, or null
 * @param expectedCloseDate or null
 * @param probability       0–100, or null to inherit the stage's default probability
 * @param pipeline          never null; must be active and have stages
 * @param stage             a stage of the pipeline, or null for its default stage (else its first stage)
 * @param company           or null
 * @param customer          or null
 * @param assignee          or null
 */
public record OpenDeal(@NotBlank @Size(max = DealTerms.TITLE_MAX) String title,
                       @Size(max = DealTerms.DESCRIPTION_MAX) String description,
                       Money value, LocalDate expectedCloseDate,
                       @Min(0) @Max(100) Integer probability,
                       @NotNull PipelineId pipeline, StageId stage,
                       ContactId company, ContactId customer, UserRef assignee) {

    /**
     * @param pipeline the pipeline; never null
     * @param title    the deal's title
     * @return a command for a deal with only a title, in the pipeline's entry stage
     */
    public static OpenDeal in(PipelineId pipeline, String title) {
        return new OpenDeal(title, null, null, null, null, pipeline, null, null, null, null);
    }

    /**
     * @param target a stage of the pipeline
     * @return this command opening the deal in that stage
     */
    public OpenDeal inStage(StageId target) {
        return new OpenDeal(title, description, value, expectedCloseDate, probability, pipeline, target, company,
                customer, assignee);
    }

    /**
     * @param amount the deal's value
     * @return this command with that value
     */
    public OpenDeal worth(Money amount) {
        return new OpenDeal(title, description, amount, expectedCloseDate, probability, pipeline, stage, company,
                customer, assignee);
    }

    /**
     * @param text the description
     * @return this command with that description
     */
    public OpenDeal describedAs(String text) {
        return new OpenDeal(title, text, value, expectedCloseDate, probability, pipeline, stage, company, customer,
                assignee);
    }

    /**
     * @param date the expected close date
     * @return this command with that date
     */
    public OpenDeal closingOn(LocalDate date) {
        return new OpenDeal(title, description, value, date, probability, pipeline, stage, company, customer,
                assignee);
    }

    /**
     * @param percent 0–100
     * @return this command with that probability
     */
    public OpenDeal withProbability(int percent) {
        return new OpenDeal(title, description, value, expectedCloseDate, percent, pipeline, stage, company,
                customer, assignee);
    }

    /**
     * @param companyId the company
     * @param customerId the customer contact
     * @return this command with those parties (either may be null)
     */
    public OpenDeal with(ContactId companyId, ContactId customerId) {
        return new OpenDeal(title, description, value, expectedCloseDate, probability, pipeline, stage, companyId,
                customerId, assignee);
    }

    /**
     * @param user the user responsible
     * @return this command with that assignee
     */
    public OpenDeal assignedTo(UserRef user) {
        return new OpenDeal(title, description, value, expectedCloseDate, probability, pipeline, stage, company,
                customer, user);
    }
}
