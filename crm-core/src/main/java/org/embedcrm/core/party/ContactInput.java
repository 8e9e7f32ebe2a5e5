package org.embedcrm.core.party;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * Everything a user enters on a contact form, as entered: e-mail addresses, phone numbers, VAT number and codes
 * are raw text that {@link ContactService} normalises and validates (every problem reported at once). Build it
 * with {@link #person(String, String)}, {@link #company(String)} or {@link #of(Contact)}.
 *
 * @param type              never null
 * @param displayName       or null for a person ("first last")
 * @param firstName         required for persons
 * @param lastName          required for persons
 * @param emails            the primary first; never null
 * @param phones            the primary first, parsed with the CRM's default region; never null
 * @param billingAddress    or null
 * @param deliveryAddresses the default first; never null
 * @param website           or null
 * @param industry          or null
 * @param description       or null
 * @param language          ISO-639-1, or null
 * @param country           ISO-3166 alpha-2, or null
 * @param roles             never null
 * @param status            or null
 * @param tags              never null
 * @param assignees         never null
 * @param starRating        0–3, or null for none
 * @param internalNotes     or null
 * @param nextContactDate   or null
 * @param paymentTerms      or null
 * @param creditLimit       or null
 * @param vatNumber         or null
 * @param customerGroup     or null
 * @param documentLanguage  ISO-639-1, or null
 * @param origin            where the contact came from (e.g. a lead source), up to 100 characters, or null
 */
public record ContactInput(@NotNull ContactType type, @Size(max = ContactProfile.NAME_MAX) String displayName,
                           @Size(max = 100) String firstName, @Size(max = 100) String lastName,
                           @NotNull @Size(max = 20) List<String> emails, @NotNull @Size(max = 20) List<String> phones,
                           Address billingAddress, @NotNull @Size(max = 50) List<Address> deliveryAddresses,
                           @Size(max = 200) String website, @Size(max = 100) String industry,
                           @Size(max = 4000) String description, String language, String country,
                           @NotNull Set<ContactRole> roles, ContactStatusId status, @NotNull Set<TagId> tags,
                           @NotNull Set<UserRef> assignees, @Min(0) @Max(3) Integer starRating,
                           @Size(max = Contact.NOTES_MAX) String internalNotes, LocalDate nextContactDate,
                           PaymentTerms paymentTerms, Money creditLimit, String vatNumber,
                           CustomerGroupId customerGroup, String documentLanguage,
                           @Size(max = 100) String origin) {

    /**
     * @param firstName the person's first name
     * @param lastName  the person's last name
     * @return a builder for a person
     */
    public static Builder person(String firstName, String lastName) {
        Builder builder = new Builder(ContactType.PERSON);
        builder.firstName = firstName;
        builder.lastName = lastName;
        return builder;
    }

    /**
     * @param name the company's name
     * @return a builder for a company
     */
    public static Builder company(String name) {
        Builder builder = new Builder(ContactType.COMPANY);
        builder.displayName = name;
        return builder;
    }

    /**
     * @param contact a stored contact; never null
     * @return a builder holding every editable field of it, to change some and save
     */
    public static Builder of(Contact contact) {
        ContactProfile p = contact.profile();
        CustomerTerms t = contact.terms();
        Builder b = new Builder(p.type());
        b.displayName = p.displayName();
        b.firstName = p.firstName();
        b.lastName = p.lastName();
        p.emails().forEach(e -> b.emails.add(e.value()));
        p.phones().forEach(n -> b.phones.add(n.raw()));
        b.billingAddress = p.billingAddress();
        b.deliveryAddresses.addAll(p.deliveryAddresses());
        b.website = p.website();
        b.industry = p.industry();
        b.description = p.description();
        b.language = p.language() == null ? null : p.language().value();
        b.country = p.country() == null ? null : p.country().value();
        b.roles.addAll(contact.roles());
        b.status = contact.status().orElse(null);
        b.tags.addAll(contact.tags());
        b.assignees.addAll(contact.assignees());
        b.starRating = contact.rating().stars();
        b.internalNotes = contact.internalNotes().orElse(null);
        b.nextContactDate = contact.nextContactDate().orElse(null);
        b.paymentTerms = t.paymentTerms();
        b.creditLimit = t.creditLimit();
        b.vatNumber = t.vatNumber() == null ? null : t.vatNumber().value();
        b.customerGroup = t.customerGroup();
        b.documentLanguage = t.documentLanguage() == null ? null : t.documentLanguage().value();
        b.origin = contact.origin().orElse(null);
        return b;
    }

    /** Collects a {@link ContactInput} field by field; not thread-safe. */
    public static final class Builder {

        private final ContactType type;
        private String displayName;
        private String firstName;
        private String lastName;
        private final List<String> emails = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private Address billingAddress;
        private final List<Address> deliveryAddresses = new ArrayList<>();
        private String website;
        private String industry;
        private String description;
        private String language;
        private String country;
        private final Set<ContactRole> roles = new LinkedHashSet<>();
        private ContactStatusId status;
        private final Set<TagId> tags = new LinkedHashSet<>();
        private final Set<UserRef> assignees = new LinkedHashSet<>();
        private Integer starRating;
        private String internalNotes;
        private LocalDate nextContactDate;
        private PaymentTerms paymentTerms;
        private Money creditLimit;
        private String vatNumber;
        private CustomerGroupId customerGroup;
        private String documentLanguage;
        private String origin;

        private Builder(ContactType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * @param value the name shown in lists
         * @return this builder
         */
        public Builder displayName(String value) {
            displayName = value;
            return this;
        }

        /**
         * @param value the first name (persons)
         * @return this builder
         */
        public Builder firstName(String value) {
            firstName = value;
            return this;
        }

        /**
         * @param value the last name (persons)
         * @return this builder
         */
        public Builder lastName(String value) {
            lastName = value;
            return this;
        }

        /**
         * @param value an e-mail address, appended (the first is primary)
         * @return this builder
         */
        public Builder email(String value) {
            emails.add(Objects.requireNonNull(value, "email"));
            return this;
        }

        /** @return this builder without any e-mail address */
        public Builder noEmails() {
            emails.clear();
            return this;
        }

        /**
         * @param value a phone number as entered, appended (the first is primary)
         * @return this builder
         */
        public Builder phone(String value) {
            phones.add(Objects.requireNonNull(value, "phone"));
            return this;
        }

        /** @return this builder without any phone number */
        public Builder noPhones() {
            phones.clear();
            return this;
        }

        /**
         * @param value the billing address, or null
         * @return this builder
         */
        public Builder billingAddress(Address value) {
            billingAddress = value;
            return this;
        }

        /**
         * @param value a delivery address, appended (the first is the default)
         * @return this builder
         */
        public Builder deliveryAddress(Address value) {
            deliveryAddresses.add(Objects.requireNonNull(value, "delivery address"));
            return this;
        }

        /**
         * @param value the website
         * @return this builder
         */
        public Builder website(String value) {
            website = value;
            return this;
        }

        /**
         * @param value the industry
         * @return this builder
         */
        public Builder industry(String value) {
            industry = value;
            return this;
        }

        /**
         * @param value the description
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * @param value ISO-639-1 language code
         * @return this builder
         */
        public Builder language(String value) {
            language = value;
            return this;
        }

        /**
         * @param value ISO-3166 alpha-2 country code
         * @return this builder
         */
        public Builder country(String value) {
            country = value;
            return this;
        }

        /**
         * @param value a role, added
         * @return this builder
         */
        public Builder role(ContactRole value) {
            roles.add(Objects.requireNonNull(value, "role"));
            return this;
        }

        /**
         * @param value a role, removed
         * @return this builder
         */
        public Builder withoutRole(ContactRole value) {
            roles.remove(value);
            return this;
        }

        /**
         * @param value the status, or null
         * @return this builder
         */
        public Builder status(ContactStatusId value) {
            status = value;
            return this;
        }

        /**
         * @param value a tag, added
         * @return this builder
         */
        public Builder tag(TagId value) {
            tags.add(Objects.requireNonNull(value, "tag"));
            return this;
        }

        /**
         * @param value a tag, removed if present, e.g. from a builder made {@link ContactInput#of(Contact) of} a
         *              contact
         * @return this builder
         */
        public Builder untag(TagId value) {
            tags.remove(Objects.requireNonNull(value, "tag"));
            return this;
        }

        /**
         * @param value an assigned user, added
         * @return this builder
         */
        public Builder assignee(UserRef value) {
            assignees.add(Objects.requireNonNull(value, "assignee"));
            return this;
        }

        /**
         * @param value 0–3 stars
         * @return this builder
         */
        public Builder starRating(int value) {
            starRating = value;
            return this;
        }

        /**
         * @param value notes for the tenant's users, or null
         * @return this builder
         */
        public Builder internalNotes(String value) {
            internalNotes = value;
            return this;
        }

        /**
         * @param value when to contact next, or null
         * @return this builder
         */
        public Builder nextContactDate(LocalDate value) {
            nextContactDate = value;
            return this;
        }

        /**
         * @param value payment terms, or null
         * @return this builder
         */
        public Builder paymentTerms(PaymentTerms value) {
            paymentTerms = value;
            return this;
        }

        /**
         * @param value credit limit, or null
         * @return this builder
         */
        public Builder creditLimit(Money value) {
            creditLimit = value;
            return this;
        }

        /**
         * @param value VAT number as entered, or null
         * @return this builder
         */
        public Builder vatNumber(String value) {
            vatNumber = value;
            return this;
        }

        /**
         * @param value customer group, or null
         * @return this builder
         */
        public Builder customerGroup(CustomerGroupId value) {
            customerGroup = value;
            return this;
        }

        /**
         * @param value ISO-639-1 language of documents, or null
         * @return this builder
         */
        public Builder documentLanguage(String value) {
            documentLanguage = value;
            return this;
        }

        /**
         * @param value where the contact came from, or null
         * @return this builder
         */
        public Builder origin(String value) {
            origin = value;
            return this;
        }

        /** @return the input collected */
        public ContactInput build() {
            return new ContactInput(type, displayName, firstName, lastName, List.copyOf(emails), List.copyOf(phones),
                    billingAddress, List.copyOf(deliveryAddresses), website, industry, description, language, country,
                    Set.copyOf(roles), status, Set.copyOf(tags), Set.copyOf(assignees), starRating, internalNotes,
                    nextContactDate, paymentTerms, creditLimit, vatNumber, customerGroup, documentLanguage, origin);
        }
    }
}
