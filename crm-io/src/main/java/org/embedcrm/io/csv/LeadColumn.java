package org.embedcrm.io.csv;

import java.util.List;
import java.util.Optional;
import org.embedcrm.io.internal.HeaderNames;

/**
 * A column of a lead CSV file: its header as the template writes it, and the other headers an import accepts for
 * it. Headers are matched as {@link ContactColumn}'s are, regardless of case, spaces, hyphens and underscores:
 * {@code Contact Name}, {@code contact_name} and {@code CONTACTNAME} are the same column.
 */
public enum LeadColumn {

    /** The lead's title, 1 to 200 characters. */
    TITLE("title", "lead", "lead title", "subject", "topic"),
    /** A free description. */
    DESCRIPTION("description", "about", "details"),
    /** The person to talk to. */
    CONTACT_NAME("contact_name", "contact", "contact person", "full name"),
    /** The contact's e-mail address, unique among the tenant's leads; it picks the lead an import updates. */
    EMAIL("email", "e-mail address", "mail"),
    /** The contact's phone number, as typed. */
    PHONE("phone", "phone number", "telephone", "tel", "mobile"),
    /** The company's name. */
    COMPANY_NAME("company_name", "company", "organisation", "organization", "account"),
    /** The estimated value with its ISO-4217 currency, {@code 12000.00 EUR}. */
    VALUE("value", "amount", "estimated value", "lead value"),
    /** The name of the lead source. */
    SOURCE("source", "lead source", "origin", "channel"),
    /** The name of the lead status (the lead board's column). */
    STATUS("status", "lead status", "stage"),
    /** The host's user key of the user responsible. */
    ASSIGNEE("assignee", "owner", "assigned to", "sales rep"),
    /** The contact who referred the lead: the e-mail address of an active contact, or a contact's id. */
    REFERENT("referent", "referred by", "referrer"),
    /** Whether the contact refuses calls: {@code true}/{@code false}, {@code yes}/{@code no}, {@code 1}/{@code 0}. */
    REFUSES_CALLS("refuses_calls", "do not call"),
    /** Whether the contact refuses e-mails, written like {@link #REFUSES_CALLS}. */
    REFUSES_EMAILS("refuses_emails", "do not email", "unsubscribed");

    private static final HeaderNames<LeadColumn> NAMES = HeaderNames.of(values(), LeadColumn::header,
            LeadColumn::aliases);

    private final String header;
    private final List<String> aliases;

    LeadColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** @return the header the template writes, e.g. {@code contact_name} */
    public String header() {
        return header;
    }

    /** @return the other headers an import accepts for this column; never null */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * @param header a header cell as written in a file; may be null
     * @return the column it names, matched regardless of case, spaces, hyphens and underscores
     */
    public static Optional<LeadColumn> forHeader(String header) {
        return NAMES.find(header);
    }
}
