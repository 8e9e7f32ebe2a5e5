package org.embedcrm.io.csv;

import java.io.InputStream;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.internal.ContactRows;

/**
 * Imports contacts from a CSV file through the contact service, so that every row meets the same rules as the API.
 * A row whose id or e-mail address belongs to an active contact updates it instead of creating a duplicate, and so,
 * when the options {@linkplain ImportOptions#matchingStrongKeys() ask for it}, does a row sharing a VAT number or
 * phone number with an active contact of its type; a row that matches a contact already holding all its values
 * writes nothing, which makes importing a file again after a crash harmless. Rows are stored in chunks, one transaction each; a refused row is reported and never blocks the
 * others.
 *
 * <pre>{@code
 * ContactImporter importer = new ContactImporter(crm, store.transactions());
 * ImportResult result = importer.importFrom(file, ImportOptions.of(RecordKind.PERSON).asDryRun());
 * }</pre>
 *
 * <p>Call it outside any transaction: each chunk commits on its own. Thread-safe; each call reads one file.
 */
public final class ContactImporter {

    private final Crm crm;
    private final Transactions transactions;

    /**
     * @param crm          the CRM, acting for the tenant to import into; never null
     * @param transactions the transactions of the CRM's store ({@code store.transactions()}), which the service
     *                     calls of a chunk join; never null
     */
    public ContactImporter(Crm crm, Transactions transactions) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * @param file    the CSV file; never null; read to its end (or to the problem that stops it) and left open
     * @param options how to read it and what to do; never null
     * @return the counts, every refused row's problems, the unknown columns, and the file problem that stopped
     *         reading early, if any
     * @throws CrmIoException when the header row is missing or unusable (duplicate columns, none known, a UTF-16
     *                        file); nothing is stored then
     * @throws IllegalArgumentException when the options are for leads
     */
    public ImportResult importFrom(InputStream file, ImportOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        if (!options.kind().isContacts()) {
            throw new IllegalArgumentException("a contact file is imported with the options of RecordKind.CONTACT,"
                    + " PERSON or COMPANY, not " + options.kind() + "; leads are imported with LeadImporter");
        }
        return ContactRows.run(crm, transactions, file, options);
    }
}
