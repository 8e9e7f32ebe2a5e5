package org.embedcrm.core.party;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.Names;

/**
 * Who a contact is and how to reach it: names, e-mail addresses and phone numbers (the first of each is the
 * primary one), addresses (one billing address, delivery addresses with the first as default) and descriptive
 * fields. A contact needs at least one e-mail address or phone number.
 *
 * @param type              person or company; never null
 * @param displayName       1 to 200 characters; for a person, defaults to "first last"
 * @param firstName         a person's first name (required for persons), null for companies
 * @param lastName          a person's last name (required for persons), null for companies
 * @param emails            the primary first, no two alike regardless of case; never null
 * @param phones            the primary first, no two alike; never null
 * @param billingAddress    or null
 * @param deliveryAddresses the default first; never null
 * @param website           up to 200 characters, or null
 * @param industry          up to 100 characters, or null
 * @param description       up to 4000 characters, or null
 * @param language          or null
 * @param country           or null
 */
public record ContactProfile(ContactType type, String displayName, String firstName, String lastName,
                             List<EmailAddress> emails, List<PhoneNumber> phones, Address billingAddress,
                             List<Address> deliveryAddresses, String website, String industry, String description,
                             LanguageCode language, CountryCode country) {

    /** Longest display name accepted. */
    public static final int NAME_MAX = 200;

    /** Enforces the rules above. */
    public ContactProfile {
        Objects.requireNonNull(type, "type");
        if (type == ContactType.PERSON) {
            firstName = Names.require("firstName", firstName, 100);
            lastName = Names.require("lastName", lastName, 100);
            displayName = displayName == null || displayName.isBlank() ? firstName + " " + lastName : displayName;
        } else {
            firstName = null;
            lastName = null;
        }
        displayName = Names.require("displayName", displayName, NAME_MAX);
        emails = List.copyOf(emails == null ? List.of() : emails);
        phones = List.copyOf(phones == null ? List.of() : phones);
        deliveryAddresses = List.copyOf(deliveryAddresses == null ? List.of() : deliveryAddresses);
        if (emails.isEmpty() && phones.isEmpty()) {
            throw ValidationException.of("emails", "contact.needs-email-or-phone",
                    "a contact needs at least one e-mail address or phone number");
        }
        if (new HashSet<>(emails.stream().map(EmailAddress::matchKey).toList()).size() != emails.size()) {
            throw ValidationException.of("emails", "contact.email.duplicate", "an e-mail address is listed twice");
        }
        if (new HashSet<>(phones.stream().map(PhoneNumber::e164).toList()).size() != phones.size()) {
            throw ValidationException.of("phones", "contact.phone.duplicate", "a phone number is listed twice");
        }
        website = optional("website", website, 200);
        industry = optional("industry", industry, 100);
        description = optional("description", description, 4000);
    }

    /** @return the primary e-mail address, if any */
    public Optional<EmailAddress> primaryEmail() {
        return emails.stream().findFirst();
    }

    /** @return the primary phone number, if any */
    public Optional<PhoneNumber> primaryPhone() {
        return phones.stream().findFirst();
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
