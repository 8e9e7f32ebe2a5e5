package org.embedcrm.io.internal;

import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.io.csv.LeadColumn;
import org.embedcrm.io.csv.RowError;

/**
 * Turns a row into the input of the lead it creates or updates. Columns the file lacks keep the stored values; a
 * blank cell clears its field, except the status and the assignee, which a lead always has: blank keeps them (a new
 * lead gets the default status and the importing user). Every problem of the row's cells is reported, not only the
 * first; the rules of the fields themselves are the lead service's.
 */
final class LeadRowReader {

    private final Crm crm;
    private final CsvHeader<LeadColumn> header;
    private final LeadNames names;

    LeadRowReader(Crm crm, CsvHeader<LeadColumn> header, LeadNames names) {
        this.crm = crm;
        this.header = header;
        this.names = names;
    }

    /**
     * @param existing the lead the row updates, or null when it creates one
     * @param errors   where the row's problems go
     * @return the input, holding the status the lead is to be in; or null when the row has problems
     */
    LeadInput read(CsvRow row, Lead existing, List<RowError> errors) {
        int before = errors.size();
        LeadDraft draft = LeadDraft.of(existing == null ? LeadInput.titled(null) : LeadInput.of(existing));
        for (LeadColumn column : LeadColumn.values()) {
            String cell = header.cell(row, column);
            if (cell != null) {
                header.collect(row, column, () -> set(draft, column, cell), errors);
            }
        }
        return errors.size() > before ? null : draft.toInput();
    }

    private Void set(LeadDraft d, LeadColumn column, String cell) {
        String text = cell.isEmpty() ? null : cell;
        switch (column) {
            case TITLE -> d.title = text;
            case DESCRIPTION -> d.description = text;
            case CONTACT_NAME -> d.contactName = text;
            case EMAIL -> d.email = text;
            case PHONE -> d.phone = text;
            case COMPANY_NAME -> d.companyName = text;
            case VALUE -> d.value = text == null ? null : CellValues.money(text);
            case SOURCE -> d.source = text == null ? null : names.source(text).orElseThrow(() ->
                    ValidationException.of("source", "import.lead-source.unknown",
                            "the tenant has no lead source named '" + text + "'"));
            case STATUS -> d.status = text == null ? d.status : names.status(text).orElseThrow(() ->
                    ValidationException.of("status", "import.lead-status.unknown",
                            "the tenant has no lead status named '" + text + "'"));
            case ASSIGNEE -> d.assignee = text == null ? d.assignee : UserRef.of(text);
            case REFERENT -> d.referent = text == null ? null : referent(text);
            case REFUSES_CALLS -> d.callRejected = CellValues.flag(cell);
            case REFUSES_EMAILS -> d.emailRejected = CellValues.flag(cell);
        }
        return null;
    }

    /** An e-mail address names the active contact holding it; anything else must be a contact's id. */
    private ContactId referent(String cell) {
        if (cell.contains("@")) {
            return crm.contacts().activeWithEmail(EmailAddress.of(cell)).map(Contact::id).orElseThrow(() ->
                    ValidationException.of("referent", "import.referent.unknown",
                            "no active contact has the e-mail address " + cell));
        }
        try {
            return ContactId.of(cell);
        } catch (IllegalArgumentException notAnId) {
            throw ValidationException.of("referent", "import.referent.unknown",
                    "neither the e-mail address of an active contact nor a contact id: " + cell);
        }
    }
}
