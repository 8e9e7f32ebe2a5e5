package org.embedcrm.core.merge;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.StarRating;

/**
 * A single-valued field of a contact that a merge may take from the contact merged away instead of the contact
 * kept. Lists and sets (e-mails, phones, delivery addresses, tags, assignees, roles, company links) are always
 * unioned.
 */
public enum MergeField {
    /** A company's name (a person's follows from the names). */
    DISPLAY_NAME(c -> c.profile().displayName(), (b, c) -> b.displayName(c.profile().displayName())),
    /** A person's first name. */
    FIRST_NAME(c -> c.profile().firstName(), (b, c) -> b.firstName(c.profile().firstName())),
    /** A person's last name. */
    LAST_NAME(c -> c.profile().lastName(), (b, c) -> b.lastName(c.profile().lastName())),
    /** The billing address. */
    BILLING_ADDRESS(c -> c.profile().billingAddress(), (b, c) -> b.billingAddress(c.profile().billingAddress())),
    /** The website. */
    WEBSITE(c -> c.profile().website(), (b, c) -> b.website(c.profile().website())),
    /** The industry. */
    INDUSTRY(c -> c.profile().industry(), (b, c) -> b.industry(c.profile().industry())),
    /** The description. */
    DESCRIPTION(c -> c.profile().description(), (b, c) -> b.description(c.profile().description())),
    /** The language. */
    LANGUAGE(c -> c.profile().language(), (b, c) -> b.language(text(c.profile().language()))),
    /** The country. */
    COUNTRY(c -> c.profile().country(), (b, c) -> b.country(text(c.profile().country()))),
    /** The column on the contact board. */
    STATUS(c -> c.status().orElse(null), (b, c) -> b.status(c.status().orElse(null))),
    /** The star rating; none counts as empty. */
    RATING(c -> c.rating().stars() == StarRating.none().stars() ? null : c.rating().stars(),
            (b, c) -> b.starRating(c.rating().stars())),
    /** The internal notes. */
    INTERNAL_NOTES(c -> c.internalNotes().orElse(null), (b, c) -> b.internalNotes(c.internalNotes().orElse(null))),
    /** The next contact date. */
    NEXT_CONTACT_DATE(c -> c.nextContactDate().orElse(null),
            (b, c) -> b.nextContactDate(c.nextContactDate().orElse(null))),
    /** The payment terms. */
    PAYMENT_TERMS(c -> c.terms().paymentTerms(), (b, c) -> b.paymentTerms(c.terms().paymentTerms())),
    /** The credit limit. */
    CREDIT_LIMIT(c -> c.terms().creditLimit(), (b, c) -> b.creditLimit(c.terms().creditLimit())),
    /** The VAT number. */
    VAT_NUMBER(c -> c.terms().vatNumber(), (b, c) -> b.vatNumber(text(c.terms().vatNumber()))),
    /** The customer group. */
    CUSTOMER_GROUP(c -> c.terms().customerGroup(), (b, c) -> b.customerGroup(c.terms().customerGroup())),
    /** The language of documents sent to it. */
    DOCUMENT_LANGUAGE(c -> c.terms().documentLanguage(),
            (b, c) -> b.documentLanguage(text(c.terms().documentLanguage()))),
    /** Where it came from. */
    ORIGIN(c -> c.origin().orElse(null), (b, c) -> b.origin(c.origin().orElse(null)));

    private final Function<Contact, Object> read;
    private final BiConsumer<ContactInput.Builder, Contact> copy;

    MergeField(Function<Contact, Object> read, BiConsumer<ContactInput.Builder, Contact> copy) {
        this.read = read;
        this.copy = copy;
    }

    /**
     * @param contact a contact; never null
     * @return this field's value on it, or null when empty
     */
    public Object valueOf(Contact contact) {
        Object value = read.apply(contact);
        return value instanceof String text && text.isBlank() ? null : value;
    }

    void copy(ContactInput.Builder into, Contact from) {
        copy.accept(into, from);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
