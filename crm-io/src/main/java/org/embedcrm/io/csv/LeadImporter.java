package org.embedcrm.io.csv;

import java.io.InputStream;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.internal.LeadRows;

/**
 * Imports leads from a CSV file through the lead service, so that every row meets the same rules as the API. A row
 * whose e-mail address belongs to a lead of the tenant updates it instead of creating a duplicate (and moves it on
 * the board when the row names another status); a row that matches a lead already holding all its values writes
 * nothing, which makes importing a file again harmless. Lead statuses and sources are named as the tenant's settings
 * name them. Rows are stored in chunks, one transaction each; a refused row is reported and never blocks the others.
 *
 * <pre>{@code
 * LeadImporter importer = new LeadImporter(crm, store.transactions());
 * ImportResult result = importer.importFrom(file, ImportOptions.of(RecordKind.LEAD).asDryRun());
 * }</pre>
 *
 * <p>Call it outside any transaction: each chunk commits on its own. Thread-safe; each call reads one file.
 */
public final class LeadImporter {

    private final Crm crm;
    private final Transactions transactions;

    /**
     * @param crm          the CRM, acting for the tenant to import into; never null
     * @param transactions the transactions of the CRM's store ({@code store.transactions()}), which the service
     *                     calls of a chunk join; never null
     */
    public LeadImporter(Crm crm, Transactions transactions) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * @param file    the CSV file; never null; read to its end (or to the problem that stops it) and left open
     * @param options how to read it and what to do, of kind {@link RecordKind#LEAD}; never null
     * @return the counts, every refused row's problems, the unknown columns, and the file problem that stopped
     *         reading early, if any
     * @throws CrmIoException           when the header row is missing or unusable (duplicate columns, none known, a
     *                                  UTF-16 file); nothing is stored then
     * @throws IllegalArgumentException when the options are for contacts
     */
    public ImportResult importFrom(InputStream file, ImportOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        if (options.kind() != RecordKind.LEAD) {
            throw new IllegalArgumentException("a lead file is imported with the options of RecordKind.LEAD, not "
                    + options.kind() + "; contacts are imported with ContactImporter");
        }
        return LeadRows.run(crm, transactions, file, options);
    }
}
