package org.embedcrm.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.einvoicing.PeppolStatus;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.internal.ContactRowWriter;
import org.embedcrm.io.internal.ExportStreams;
import org.embedcrm.io.internal.SafeCsv;
import org.embedcrm.io.internal.SettingNames;

/**
 * Exports the contacts a filter of the contact list matches as CSV: a header with every {@link ContactColumn}, then
 * one row per contact in creation order. Contacts are read a page at a time, so memory stays flat however many
 * there are; cells a spreadsheet would run as formulas get a leading apostrophe, which an import takes off again.
 * Tags and statuses are written by name, customer groups by code, lists separated by {@code ;}. The health score
 * and PEPPOL status columns are filled for the contacts that have them, read with one call per page of
 * {@code crm.health().scores(ids)} and {@code crm.einvoicing().statuses(ids)}, never per contact.
 *
 * <p>Thread-safe; each call writes one file.
 */
public final class ContactExporter {

    /** Contacts read per page. */
    public static final int PAGE = ContactQuery.MAX_PAGE;

    private final Crm crm;

    /** @param crm the CRM, acting for the tenant to export from; never null */
    public ContactExporter(Crm crm) {
        this.crm = Objects.requireNonNull(crm, "crm");
    }

    /**
     * Writes UTF-8 with a byte order mark, so that spreadsheets read accents right, and flushes the stream.
     *
     * @param filter which contacts; never null
     * @param out    where to write; never null; left open
     * @return how many contacts were written
     * @throws CrmIoException {@code export.write-failed} when the stream refuses to be written
     */
    public long export(ContactFilter filter, OutputStream out) {
        return ExportStreams.utf8WithByteOrderMark(out, writer -> export(filter, writer));
    }

    /**
     * @param filter which contacts; never null
     * @param out    where to write the characters; never null; left open and not flushed
     * @return how many contacts were written
     * @throws CrmIoException {@code export.write-failed} when the destination refuses to be written
     */
    public long export(ContactFilter filter, Appendable out) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(out, "out");
        ContactRowWriter rows = new ContactRowWriter(SettingNames.load(crm));
        long count = 0;
        try {
            SafeCsv csv = SafeCsv.writingTo(out, ',');
            csv.row(ContactRowWriter.header());
            ContactQuery query = new ContactQuery(filter, ContactSort.CREATED, false, PAGE, null);
            while (true) {
                ContactPage page = crm.contacts().find(query);
                List<ContactId> ids = page.contacts().stream().map(Contact::id).toList();
                Map<ContactId, HealthScore> health = crm.health().scores(ids);
                Map<ContactId, PeppolStatus> peppol = crm.einvoicing().statuses(ids);
                for (Contact contact : page.contacts()) {
                    csv.row(rows.cells(contact, health.get(contact.id()), peppol.get(contact.id())));
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
