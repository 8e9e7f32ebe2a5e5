package org.embedcrm.core.party;

import java.util.Objects;
import org.embedcrm.core.error.ValidationException;

/**
 * A person working at a company.
 *
 * @param company  the company contact; never null
 * @param jobTitle the person's title there, up to 100 characters, or null
 */
public record Employment(ContactId company, String jobTitle) {

    /** Rejects a missing company and an over-long title. */
    public Employment {
        Objects.requireNonNull(company, "company");
        jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
        if (jobTitle != null && jobTitle.length() > 100) {
            throw ValidationException.of("jobTitle", "contact.job-title.too-long", "a job title has at most 100 characters");
        }
    }
}
