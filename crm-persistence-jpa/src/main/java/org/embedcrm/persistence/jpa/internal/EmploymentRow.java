package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.Employment;

/**
 * A row of {@code embedcrm_contact_employments}: a person working at a company, at its position in the person's list.
 *
 * @param tenantId  the person's tenant
 * @param companyId the company contact
 * @param jobTitle  or null
 */
@Embeddable
record EmploymentRow(
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Column(name = "company_id", nullable = false) UUID companyId,
        @Column(name = "job_title", length = 100) String jobTitle) {

    static EmploymentRow of(String tenantId, Employment employment) {
        return new EmploymentRow(tenantId, employment.company().value(), employment.jobTitle());
    }

    Employment toEmployment() {
        return new Employment(new ContactId(companyId), jobTitle);
    }
}
