package org.embedcrm.io.internal;

import java.io.InputStream;
import java.util.function.Function;
import org.embedcrm.core.Crm;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.csv.ImportOptions;
import org.embedcrm.io.csv.ImportResult;
import org.embedcrm.io.csv.LeadColumn;

/** The lead side of an import: reads the tenant's lead statuses and sources once per transaction. */
public final class LeadRows implements RecordImport {

    private final Crm crm;
    private final CsvHeader<LeadColumn> header;

    private LeadRows(Crm crm, CsvHeader<LeadColumn> header) {
        this.crm = crm;
        this.header = header;
    }

    /**
     * @param crm          the CRM acting for the tenant imported into; never null
     * @param transactions the transactions of the CRM's store; never null
     * @param in           the file; never null; left open
     * @param options      how to read it; never null
     * @return what the import did
     * @throws CrmIoException when the header cannot be used; nothing is stored then
     */
    public static ImportResult run(Crm crm, Transactions transactions, InputStream in, ImportOptions options) {
        return ImportRun.run(transactions, in, options, LeadColumns.LEADS, header -> new LeadRows(crm, header));
    }

    @Override
    public Function<CsvRow, RowOutcome> inTransaction() {
        return new LeadRowApplier(crm, header, new LeadRowReader(crm, header, LeadNames.load(crm)))::apply;
    }
}
