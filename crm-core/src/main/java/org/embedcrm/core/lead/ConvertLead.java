package org.embedcrm.core.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: convert a lead into a customer (an existing contact with that e-mail address is updated and reused),
 * optionally a company and a deal, all or nothing.
 *
 * @param lead            never null
 * @param customerName    the customer's first and last name
 * @param customerEmail   or null for the lead's
 * @param customerPhone   or null for the lead's
 * @param company         what to do about the company; never null
 * @param deal            the deal to open, or null for none
 * @param expectedVersion the lead version the user saw, or null to skip that check
 */
public record ConvertLead(@NotNull LeadId lead, @NotBlank @Size(max = 200) String customerName,
                          String customerEmail, String customerPhone, @NotNull CompanyOption company,
                          DealDraft deal, Long expectedVersion) {

    /**
     * @param lead         the lead
     * @param customerName the customer's first and last name
     * @return a conversion without company or deal, keeping the lead's e-mail address and phone
     */
    public static ConvertLead of(LeadId lead, String customerName) {
        return new ConvertLead(lead, customerName, null, null, CompanyOption.none(), null, null);
    }

    /**
     * @param option the company option
     * @return this command with it
     */
    public ConvertLead withCompany(CompanyOption option) {
        return new ConvertLead(lead, customerName, customerEmail, customerPhone, option, deal, expectedVersion);
    }

    /**
     * @param draft the deal to open
     * @return this command opening it
     */
    public ConvertLead withDeal(DealDraft draft) {
        return new ConvertLead(lead, customerName, customerEmail, customerPhone, company, draft, expectedVersion);
    }

    /**
     * @param email the customer's e-mail address, or null
     * @param phone the customer's phone number, or null
     * @return this command with them
     */
    public ConvertLead reachableAt(String email, String phone) {
        return new ConvertLead(lead, customerName, email, phone, company, deal, expectedVersion);
    }
}
