package org.embedcrm.io.csv;

import java.util.List;
import java.util.Optional;
import org.embedcrm.io.internal.HeaderNames;

/**
 * A column of a contact CSV file: its header as templates and exports write it, and the other headers an import
 * accepts for it. Headers are matched regardless of case, spaces, hyphens and underscores: {@code First Name},
 * {@code first_name} and {@code FIRSTNAME} are the same column.
 */
public enum ContactColumn {

    /** The contact's id; on import it picks the contact to update, when it exists in the tenant. */
    ID("id", Use.MATCH, "contact id"),
    /** {@code person} or {@code company}. */
    TYPE("type", Use.EDIT, "contact type", "kind"),
    /** The name shown in lists; for a person it defaults to first and last name. */
    DISPLAY_NAME("display_name", Use.EDIT, "name", "company name", "organisation name", "organization name"),
    /** A person's first name. */
    FIRST_NAME("first_name", Use.PERSON, "given name", "forename"),
    /** A person's last name. */
    LAST_NAME("last_name", Use.PERSON, "surname", "family name"),
    /** E-mail addresses, the primary first, separated by {@code ;}. */
    EMAILS("emails", Use.EDIT, "e-mail", "e-mail address", "mail"),
    /** Phone numbers as typed, the primary first, separated by {@code ;}. */
    PHONES("phones", Use.EDIT, "phone", "phone number", "telephone", "tel", "mobile"),
    /** The website. */
    WEBSITE("website", Use.EDIT, "web", "url", "homepage"),
    /** The industry. */
    INDUSTRY("industry", Use.EDIT, "sector"),
    /** A free description. */
    DESCRIPTION("description", Use.EDIT, "about"),
    /** ISO-639-1 language code. */
    LANGUAGE("language", Use.EDIT, "lang"),
    /** ISO-3166 alpha-2 country code. */
    COUNTRY("country", Use.EDIT, "country code"),
    /** Street, number and box of the billing address. */
    BILLING_STREET("billing_street", Use.EDIT, "street", "address", "billing address"),
    /** City of the billing address. */
    BILLING_CITY("billing_city", Use.EDIT, "city", "town"),
    /** State, province or county of the billing address. */
    BILLING_REGION("billing_region", Use.EDIT, "region", "state", "province"),
    /** Postal code of the billing address. */
    BILLING_POSTAL_CODE("billing_postal_code", Use.EDIT, "postal code", "postcode", "zip", "zip code"),
    /** Country code of the billing address. */
    BILLING_COUNTRY("billing_country", Use.EDIT),
    /** Street of the default delivery address. */
    DELIVERY_STREET("delivery_street", Use.EDIT, "shipping street", "shipping address", "delivery address"),
    /** City of the default delivery address. */
    DELIVERY_CITY("delivery_city", Use.EDIT, "shipping city"),
    /** Region of the default delivery address. */
    DELIVERY_REGION("delivery_region", Use.EDIT, "shipping region", "shipping state"),
    /** Postal code of the default delivery address. */
    DELIVERY_POSTAL_CODE("delivery_postal_code", Use.EDIT, "shipping postal code", "shipping zip"),
    /** Country code of the default delivery address. */
    DELIVERY_COUNTRY("delivery_country", Use.EDIT, "shipping country"),
    /** Roles ({@code customer}, {@code prospect}, {@code supplier}, {@code workshop}), separated by {@code ;}. */
    ROLES("roles", Use.EDIT, "role"),
    /** The name of the contact status (the contact board's column). */
    STATUS("status", Use.EDIT, "contact status"),
    /** Tag names, separated by {@code ;}. */
    TAGS("tags", Use.EDIT, "tag", "labels"),
    /** The host's user keys of the users responsible, separated by {@code ;}. */
    ASSIGNEES("assignees", Use.EDIT, "assignee", "owner", "assigned to"),
    /** 0 to 3 stars. */
    STAR_RATING("star_rating", Use.EDIT, "rating", "stars"),
    /** Notes for the tenant's users. */
    INTERNAL_NOTES("internal_notes", Use.EDIT, "notes", "note"),
    /** When to contact next, {@code yyyy-mm-dd}. */
    NEXT_CONTACT_DATE("next_contact_date", Use.EDIT, "next contact", "follow-up date"),
    /** {@code net 30} (or just {@code 30}) for net days, any other text for named terms. */
    PAYMENT_TERMS("payment_terms", Use.EDIT, "terms"),
    /** An amount and its ISO-4217 currency, {@code 5000.00 EUR}. */
    CREDIT_LIMIT("credit_limit", Use.EDIT, "credit"),
    /** The VAT number, as written on invoices. */
    VAT_NUMBER("vat_number", Use.EDIT, "vat", "vat id", "tax id"),
    /** The code of the customer group. */
    CUSTOMER_GROUP("customer_group", Use.EDIT, "group", "customer group code"),
    /** ISO-639-1 language of the contact's documents. */
    DOCUMENT_LANGUAGE("document_language", Use.EDIT, "invoice language"),
    /** Where the contact came from, e.g. a lead source. */
    ORIGIN("origin", Use.EDIT, "source", "lead source"),
    /** Whether the contact refuses calls: {@code true}/{@code false}, {@code yes}/{@code no}, {@code 1}/{@code 0}. */
    REFUSES_CALLS("refuses_calls", Use.EDIT, "do not call"),
    /** Whether the contact refuses e-mails, written like {@link #REFUSES_CALLS}. */
    REFUSES_EMAILS("refuses_emails", Use.EDIT, "do not email", "unsubscribed"),
    /** When the contact was created (ISO-8601 instant); exported, ignored on import. */
    CREATED_AT("created_at", Use.READ_ONLY, "created"),
    /** When the contact last changed; exported, ignored on import. */
    UPDATED_AT("updated_at", Use.READ_ONLY, "updated", "modified"),
    /** Whether the contact is archived; exported, ignored on import. */
    ARCHIVED("archived", Use.READ_ONLY),
    /** The customer's last health score, 0 to 100, blank when never scored; exported, ignored on import. */
    HEALTH_SCORE("health_score", Use.READ_ONLY, "health"),
    /** The band of that score: {@code healthy}, {@code watch} or {@code at_risk}; exported, ignored on import. */
    HEALTH_BAND("health_band", Use.READ_ONLY),
    /**
     * Whether the last PEPPOL check found the contact registered to receive e-invoices, blank when never checked;
     * exported, ignored on import.
     */
    PEPPOL_REGISTERED("peppol_registered", Use.READ_ONLY, "peppol"),
    /** When the PEPPOL registry answered that check (ISO-8601 instant); exported, ignored on import. */
    PEPPOL_CHECKED_AT("peppol_checked_at", Use.READ_ONLY);

    private enum Use { MATCH, EDIT, PERSON, READ_ONLY }

    private static final HeaderNames<ContactColumn> NAMES = HeaderNames.of(values(), ContactColumn::header,
            ContactColumn::aliases);

    private final String header;
    private final Use use;
    private final List<String> aliases;

    ContactColumn(String header, Use use, String... aliases) {
        this.header = header;
        this.use = use;
        this.aliases = List.of(aliases);
    }

    /** @return the header templates and exports write, e.g. {@code first_name} */
    public String header() {
        return header;
    }

    /** @return the other headers an import accepts for this column; never null */
    public List<String> aliases() {
        return aliases;
    }

    /** @return whether an import sets a field from it (read-only columns are exported and ignored on import) */
    public boolean isImported() {
        return use != Use.READ_ONLY;
    }

    /** @return whether only persons have this field (first and last name) */
    public boolean isPersonOnly() {
        return use == Use.PERSON;
    }

    /**
     * @param header a header cell as written in a file; may be null
     * @return the column it names, matched regardless of case, spaces, hyphens and underscores
     */
    public static Optional<ContactColumn> forHeader(String header) {
        return NAMES.find(header);
    }
}
