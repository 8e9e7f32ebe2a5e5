package org.embedcrm.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.io.csv.LeadColumn;
import org.embedcrm.io.csv.RowError;

/**
 * Stores one row through the lead service, so that every rule of the API applies: finds the lead holding the row's
 * e-mail address, creates or updates it (and moves it on the board when the row names another status), and writes
 * nothing when the lead already holds every value of the row. Runs inside the chunk's transaction; what the service
 * refuses is thrown.
 */
final class LeadRowApplier {

    private final Crm crm;
    private final CsvHeader<LeadColumn> header;
    private final LeadRowReader reader;

    LeadRowApplier(Crm crm, CsvHeader<LeadColumn> header, LeadRowReader reader) {
        this.crm = crm;
        this.header = header;
        this.reader = reader;
    }

    /**
     * @param row a row as wide as the header, its cells decoded
     * @return what became of it
     */
    RowOutcome apply(CsvRow row) {
        List<RowError> errors = new ArrayList<>();
        Lead existing = match(row);
        LeadInput in = reader.read(row, existing, errors);
        if (in == null) {
            return RowOutcome.rejected(row.row(), errors);
        }
        if (existing == null) {
            crm.leads().create(in);
            return RowOutcome.of(row.row(), RowOutcome.Result.CREATED);
        }
        boolean fieldsChange = !NormalForm.same(in, LeadInput.of(existing));
        boolean moves = !in.status().equals(existing.status());
        if (!fieldsChange && !moves) {
            return RowOutcome.of(row.row(), RowOutcome.Result.UNCHANGED);
        }
        if (fieldsChange) {
            crm.leads().update(existing.id(), in, existing.version());
        }
        if (moves) {
            crm.leads().moveOnBoard(existing.id(), in.status());
        }
        return RowOutcome.of(row.row(), RowOutcome.Result.UPDATED);
    }

    /** @return the lead holding the row's e-mail address; none for a row without one, or with an invalid one */
    private Lead match(CsvRow row) {
        String cell = header.cell(row, LeadColumn.EMAIL);
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        try {
            return crm.leads().withEmail(EmailAddress.of(cell)).orElse(null);
        } catch (ValidationException invalid) {
            return null;
        }
    }
}
