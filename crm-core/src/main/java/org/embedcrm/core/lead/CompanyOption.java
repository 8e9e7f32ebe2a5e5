package org.embedcrm.core.lead;

import org.embedcrm.core.party.ContactId;

/**
 * What a conversion does about the customer's company: nothing, link an existing company contact, or create one.
 *
 * @param existing an existing company contact to link, or null
 * @param newName  the name of a company to create, or null
 * @param newPhone the new company's phone number; null to take the lead's
 * @param newEmail the new company's e-mail address, or null
 */
public record CompanyOption(ContactId existing, String newName, String newPhone, String newEmail) {

    /** Rejects asking for both an existing and a new company. */
    public CompanyOption {
        if (existing != null && newName != null) {
            throw new IllegalArgumentException("link an existing company or create a new one, not both");
        }
    }

    /** @return no company */
    public static CompanyOption none() {
        return new CompanyOption(null, null, null, null);
    }

    /**
     * @param company an existing company contact
     * @return link it
     */
    public static CompanyOption existing(ContactId company) {
        return new CompanyOption(java.util.Objects.requireNonNull(company, "company"), null, null, null);
    }

    /**
     * A new company reachable at the lead's phone number (a contact needs an e-mail address or a phone number;
     * give them with {@link #reachableAt} when the lead has no phone).
     *
     * @param name its name
     * @return create it
     */
    public static CompanyOption createNew(String name) {
        return new CompanyOption(null, name, null, null);
    }

    /**
     * @param email the new company's e-mail address, or null
     * @param phone the new company's phone number, or null
     * @return this option with them
     */
    public CompanyOption reachableAt(String email, String phone) {
        return new CompanyOption(existing, newName, phone, email);
    }
}
