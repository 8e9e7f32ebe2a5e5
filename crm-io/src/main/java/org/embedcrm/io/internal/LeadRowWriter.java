package org.embedcrm.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadDetails;
import org.embedcrm.io.csv.LeadColumn;

/**
 * Writes a lead as the cells of a CSV row, one per {@link LeadColumn}, in the enum's order and in the form a lead
 * import reads back: the value as {@code 12000.00 EUR}, the source and status by name, the referent by contact id,
 * the consent flags as {@code true}/{@code false}.
 */
public final class LeadRowWriter {

    private final LeadNames names;

    /** @param names the tenant's lead status and source names; never null */
    public LeadRowWriter(LeadNames names) {
        this.names = names;
    }

    /** @return the header row: every column's standard header */
    public static List<String> header() {
        return Arrays.stream(LeadColumn.values()).map(LeadColumn::header).toList();
    }

    /**
     * @param lead a stored lead; never null
     * @return its cells, empty strings where it has no value
     */
    public List<String> cells(Lead lead) {
        List<String> cells = new ArrayList<>();
        for (LeadColumn column : LeadColumn.values()) {
            String cell = cell(lead, column);
            cells.add(cell == null ? "" : cell);
        }
        return cells;
    }

    private String cell(Lead lead, LeadColumn column) {
        LeadDetails d = lead.details();
        return switch (column) {
            case TITLE -> d.title();
            case DESCRIPTION -> d.description();
            case CONTACT_NAME -> d.contactName();
            case EMAIL -> d.email() == null ? null : d.email().value();
            case PHONE -> d.phone() == null ? null : d.phone().raw();
            case COMPANY_NAME -> d.companyName();
            case VALUE -> d.value() == null ? null : CellValues.money(d.value());
            case SOURCE -> d.source() == null ? null : names.sourceName(d.source());
            case STATUS -> names.statusName(lead.status());
            case ASSIGNEE -> lead.assignee().value();
            case REFERENT -> d.referent() == null ? null : d.referent().toString();
            case REFUSES_CALLS -> Boolean.toString(lead.consent().callRejected());
            case REFUSES_EMAILS -> Boolean.toString(lead.consent().emailRejected());
        };
    }
}
