package org.embedcrm.io.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * A {@link ContactInput} being filled from a row: every field settable and clearable (the input's builder can add
 * tags and assignees but not remove them), starting empty for a new contact or from the stored one for an update.
 */
final class ContactDraft {

    ContactType type;
    String displayName;
    String firstName;
    String lastName;
    List<String> emails = new ArrayList<>();
    List<String> phones = new ArrayList<>();
    Address billingAddress;
    List<Address> deliveryAddresses = new ArrayList<>();
    String website;
    String industry;
    String description;
    String language;
    String country;
    Set<ContactRole> roles = new LinkedHashSet<>();
    ContactStatusId status;
    Set<TagId> tags = new LinkedHashSet<>();
    Set<UserRef> assignees = new LinkedHashSet<>();
    Integer starRating;
    String internalNotes;
    LocalDate nextContactDate;
    PaymentTerms paymentTerms;
    Money creditLimit;
    String vatNumber;
    CustomerGroupId customerGroup;
    String documentLanguage;
    String origin;

    private ContactDraft(ContactType type) {
        this.type = type;
    }

    /** @return an empty draft of that type */
    static ContactDraft empty(ContactType type) {
        return new ContactDraft(type);
    }

    /** @return a draft holding every field of the input */
    static ContactDraft of(ContactInput in) {
        ContactDraft d = new ContactDraft(in.type());
        d.displayName = in.displayName();
        d.firstName = in.firstName();
        d.lastName = in.lastName();
        d.emails.addAll(in.emails());
        d.phones.addAll(in.phones());
        d.billingAddress = in.billingAddress();
        d.deliveryAddresses.addAll(in.deliveryAddresses());
        d.website = in.website();
        d.industry = in.industry();
        d.description = in.description();
        d.language = in.language();
        d.country = in.country();
        d.roles.addAll(in.roles());
        d.status = in.status();
        d.tags.addAll(in.tags());
        d.assignees.addAll(in.assignees());
        d.starRating = in.starRating();
        d.internalNotes = in.internalNotes();
        d.nextContactDate = in.nextContactDate();
        d.paymentTerms = in.paymentTerms();
        d.creditLimit = in.creditLimit();
        d.vatNumber = in.vatNumber();
        d.customerGroup = in.customerGroup();
        d.documentLanguage = in.documentLanguage();
        d.origin = in.origin();
        return d;
    }

    /** @return the input holding this draft's fields */
    ContactInput toInput() {
        return new ContactInput(type, displayName, firstName, lastName, List.copyOf(emails), List.copyOf(phones),
                billingAddress, List.copyOf(deliveryAddresses), website, industry, description, language, country,
                Set.copyOf(roles), status, Set.copyOf(tags), Set.copyOf(assignees), starRating, internalNotes,
                nextContactDate, paymentTerms, creditLimit, vatNumber, customerGroup, documentLanguage, origin);
    }
}
