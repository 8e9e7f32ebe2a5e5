package org.embedcrm.io.internal;

import java.util.Optional;
import org.embedcrm.io.csv.LeadColumn;

/** The columns of a lead file, all of them read, and the columns the lead service's refusals are about. */
final class LeadColumns implements Columns<LeadColumn> {

    /** The one instance: lead files have no kinds of their own. */
    static final LeadColumns LEADS = new LeadColumns();

    private LeadColumns() {
    }

    @Override
    public String kindName() {
        return "lead";
    }

    @Override
    public Optional<LeadColumn> forHeader(String header) {
        return LeadColumn.forHeader(header);
    }

    @Override
    public boolean isImported(LeadColumn column) {
        return true;
    }

    @Override
    public String header(LeadColumn column) {
        return column.header();
    }

    @Override
    public LeadColumn forField(String field) {
        return switch (field) {
            case "title" -> LeadColumn.TITLE;
            case "description" -> LeadColumn.DESCRIPTION;
            case "contactName" -> LeadColumn.CONTACT_NAME;
            case "email" -> LeadColumn.EMAIL;
            case "phone" -> LeadColumn.PHONE;
            case "companyName" -> LeadColumn.COMPANY_NAME;
            case "value", "money" -> LeadColumn.VALUE;
            case "source" -> LeadColumn.SOURCE;
            case "status" -> LeadColumn.STATUS;
            case "assignee", "user" -> LeadColumn.ASSIGNEE;
            case "referent" -> LeadColumn.REFERENT;
            default -> null;
        };
    }

    @Override
    public LeadColumn forCode(String code) {
        if (code.startsWith("lead.email")) {
            return LeadColumn.EMAIL;
        }
        if (code.startsWith("lead-source.")) {
            return LeadColumn.SOURCE;
        }
        if (code.startsWith("lead-status.") || code.equals("lead.outcome-by-command")) {
            return LeadColumn.STATUS;
        }
        return code.startsWith("contact.") ? LeadColumn.REFERENT : null;
    }
}
