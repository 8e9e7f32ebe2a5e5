package org.embedcrm.core.lead;

import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.Names;

/**
 * The fields of a lead a user edits directly.
 *
 * @param title       1 to 200 characters; never null
 * @param description up to 4000 characters, or null
 * @param contactName the person to talk to, up to 200 characters, or null
 * @param email       the contact's e-mail address, unique among the tenant's leads, or null
 * @param phone       the contact's phone number, or null
 * @param companyName up to 200 characters, or null
 * @param value       the estimated value, zero or more, or null
 * @param source      how it was acquired, or null
 * @param referent    the contact who referred it, or null
 */
public record LeadDetails(String title, String description, String contactName, EmailAddress email,
                          PhoneNumber phone, String companyName, Money value, LeadSourceId source,
                          ContactId referent) {

    /** Rejects a missing title, over-long texts and a negative value. */
    public LeadDetails {
        title = Names.require("title", title, 200);
        description = optional("description", description, 4000);
        contactName = optional("contactName", contactName, 200);
        companyName = optional("companyName", companyName, 200);
        if (value != null && value.isNegative()) {
            throw ValidationException.of("value", "lead.value.negative", "a lead's value is zero or more: " + value);
        }
    }

    private static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw ValidationException.of(field, field + ".too-long", field + " has at most " + max + " characters");
        }
        return text.strip();
    }
}
