package org.embedcrm.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadPage;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.internal.ExportStreams;
import org.embedcrm.io.internal.LeadNames;
import org.embedcrm.io.internal.LeadRowWriter;
import org.embedcrm.io.internal.SafeCsv;

/**
 * Exports the leads a filter of the lead list matches as CSV that {@link LeadImporter} reads back: a header with every
 * {@link LeadColumn}, then one row per lead in the lead list's order, newest first. Leads are read a page at a time,
 * so memory stays flat however many there are; cells a spreadsheet would run as formulas get a leading apostrophe,
 * which an import takes off again. The value is written as {@code 12000.00 EUR}, the source and status by name
 * (the tenant's names are read once per export), the referent by contact id, the consent flags as
 * {@code true}/{@code false}.
 *
 * <p>The export writes what the filter matches, whatever the lead's state: converted and lost leads are written with
 * the name of their converted or lost status (their conversion, lost reason and note have no column). To leave them
 * out, filter on the statuses that are not final. A lead merged into another was removed by the merge and is not
 * listed any more; leads have no archive.
 *
 * <pre>{@code
 * long written = new LeadExporter(crm).export(LeadFilter.allLeads(), out);
 * }</pre>
 *
 * <p>Thread-safe; each call writes one file.
 */
public final class LeadExporter {

    /** Leads read per page. */
    public static final int PAGE = LeadQuery.MAX_PAGE;

    private final Crm crm;

    /** @param crm the CRM, acting for the tenant to export from; never null */
    public LeadExporter(Crm crm) {
        this.crm = Objects.requireNonNull(crm, "crm");
    }

    /**
     * Writes UTF-8 with a byte order mark, so that spreadsheets read accents right, and flushes the stream.
     *
     * @param filter which leads; never null
     * @param out    where to write; never null; left open
     * @return how many leads were written
     * @throws CrmIoException {@code export.write-failed} when the stream refuses to be written
     */
    public long export(LeadFilter filter, OutputStream out) {
        return ExportStreams.utf8WithByteOrderMark(out, writer -> export(filter, writer));
    }

    /**
     * @param filter which leads; never null
     * @param out    where to write the characters; never null; left open and not flushed
     * @return how many leads were written
     * @throws CrmIoException {@code export.write-failed} when the destination refuses to be written
     */
    public long export(LeadFilter filter, Appendable out) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(out, "out");
        LeadRowWriter rows = new LeadRowWriter(LeadNames.load(crm));
        long count = 0;
        try {
            SafeCsv csv = SafeCsv.writingTo(out, ',');
            csv.row(LeadRowWriter.header());
            LeadQuery query = new LeadQuery(filter, PAGE, null, null);
            while (true) {
                LeadPage page = crm.leads().find(query);
                for (Lead lead : page.leads()) {
                    csv.row(rows.cells(lead));
                    count++;
                }
                if (page.nextCursor() == null) {
                    return count;
                }
                query = query.after(page.nextCursor());
            }
        } catch (IOException e) {
            throw ExportStreams.writeFailed(e);
        }
    }
}
