package org.embedcrm.io.internal;

import java.util.List;
import java.util.function.Function;

/**
 * What an import does that depends on the kind of record: matching a row with a stored record and storing it
 * through the core's service. {@link ImportRun} does the rest: reading the file, checking each row's shape,
 * chunks, transactions, dry runs, counts and progress. One per file; not thread-safe.
 */
interface RecordImport {

    /**
     * Called before each chunk's transaction, outside any: for lookups that would doom the transaction when they
     * fail inside it.
     *
     * @param chunk the rows about to be stored, as read (some may be refused for their width)
     */
    default void beforeChunk(List<CsvRow> chunk) {
    }

    /**
     * Called inside each transaction, before its first row: settings are read once per transaction.
     *
     * @return what stores one row of the transaction (a row as wide as the header, its cells decoded) and tells what
     *         became of it; it throws what the service refuses
     */
    Function<CsvRow, RowOutcome> inTransaction();

    /**
     * Called after each transaction.
     *
     * @param committed whether its rows were stored, or rolled back (a refusal, a dry run)
     */
    default void transactionEnded(boolean committed) {
    }
}
