package org.embedcrm.io.internal;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.embedcrm.core.error.StoreException;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.csv.ImportCounts;
import org.embedcrm.io.csv.ImportOptions;
import org.embedcrm.io.csv.ImportResult;
import org.embedcrm.io.csv.RowError;

/**
 * One import of a file, whatever its records: reads it in chunks, refuses rows of the wrong width or with
 * undecodable bytes, stores each chunk in one transaction through the {@link RecordImport} of its kind, and when the
 * service refuses a row, rolls the chunk back and stores its rows one transaction each, so that the bad row is
 * reported and the others are kept. A dry run rolls every transaction back. Not thread-safe; one per file.
 *
 * @param <C> the columns' type
 */
public final class ImportRun<C> {

    /** Carries a refused row out of the chunk's transaction, which then rolls back. */
    private static final class RowFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException refusal;

        RowFailed(RuntimeException refusal) {
            super(null, null, false, false);
            this.refusal = refusal instanceof ServiceRefusal wrapped ? wrapped.refusal() : refusal;
        }
    }

    /** Ends a dry run's transaction with a rollback, carrying what would have happened. */
    private static final class DryRunDone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<RowOutcome> outcomes;

        DryRunDone(List<RowOutcome> outcomes) {
            super(null, null, false, false);
            this.outcomes = outcomes;
        }
    }

    private final Transactions transactions;
    private final ImportOptions options;
    private final List<RowError> errors = new ArrayList<>();
    private CsvHeader<C> header;
    private Charset charset;
    private RecordImport kind;
    private ImportCounts counts = ImportCounts.none();

    private ImportRun(Transactions transactions, ImportOptions options) {
        this.transactions = transactions;
        this.options = options;
    }

    /**
     * @param transactions the transactions of the CRM's store; never null
     * @param in           the file; never null; left open
     * @param options      how to read it; never null
     * @param columns      the columns of its kind; never null
     * @param kind         what stores its rows, given the file's header; never null
     * @param <C>          the columns' type
     * @return what the import did
     * @throws CrmIoException when the header cannot be used; nothing is stored then
     */
    public static <C> ImportResult run(Transactions transactions, InputStream in, ImportOptions options,
                                       Columns<C> columns, Function<CsvHeader<C>, RecordImport> kind) {
        return new ImportRun<C>(transactions, options).execute(in, columns, kind);
    }

    private ImportResult execute(InputStream in, Columns<C> columns, Function<CsvHeader<C>, RecordImport> kinds) {
        CsvRows rows = CsvRows.open(in, options.charset(), options.delimiter(), options.maxRecordChars());
        header = CsvHeader.of(rows.header(), columns);
        charset = rows.charset();
        kind = kinds.apply(header);
        List<CsvRow> chunk = new ArrayList<>();
        CrmIoException stoppedBy = null;
        while (true) {
            Optional<CsvRow> row;
            try {
                row = rows.next();
            } catch (CrmIoException unreadable) {
                stoppedBy = unreadable;
                break;
            }
            if (row.isEmpty()) {
                break;
            }
            chunk.add(row.get());
            if (chunk.size() == options.chunkSize()) {
                store(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            store(chunk);
        }
        return new ImportResult(counts, errors, header.unknown(), options.dryRun(), stoppedBy);
    }

    private void store(List<CsvRow> chunk) {
        kind.beforeChunk(chunk);
        List<RowOutcome> outcomes;
        try {
            outcomes = inOneTransaction(chunk);
        } catch (RuntimeException refused) {
            rethrowIfStoreDown(refused);
            outcomes = chunk.stream().map(this::alone).toList();
        }
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        long rejected = 0;
        for (RowOutcome outcome : outcomes) {
            switch (outcome.result()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected++;
            }
            errors.addAll(outcome.errors());
        }
        counts = counts.plus(new ImportCounts(outcomes.size(), created, updated, unchanged, rejected));
        options.listener().chunkDone(counts);
    }

    private RowOutcome alone(CsvRow row) {
        try {
            return inOneTransaction(List.of(row)).get(0);
        } catch (RowFailed failed) {
            rethrowIfStoreDown(failed.refusal);
            return RowOutcome.rejected(row.row(), ErrorColumns.of(row, failed.refusal, header));
        } catch (RuntimeException refused) {
            rethrowIfStoreDown(refused);
            return RowOutcome.rejected(row.row(), ErrorColumns.of(row, refused, header));
        }
    }

    private List<RowOutcome> inOneTransaction(List<CsvRow> rows) {
        try {
            List<RowOutcome> stored = transactions.inTransaction(() -> {
                Function<CsvRow, RowOutcome> storing = kind.inTransaction();
                List<RowOutcome> outcomes = new ArrayList<>();
                for (CsvRow row : rows) {
                    Optional<RowOutcome> misshapen = misshapen(row);
                    try {
                        outcomes.add(misshapen.isPresent() ? misshapen.get() : storing.apply(row));
                    } catch (RuntimeException refused) {
                        throw new RowFailed(refused);
                    }
                }
                if (options.dryRun()) {
                    throw new DryRunDone(outcomes);
                }
                return outcomes;
            });
            kind.transactionEnded(true);
            return stored;
        } catch (DryRunDone done) {
            kind.transactionEnded(false);
            return done.outcomes;
        } catch (RuntimeException rolledBack) {
            kind.transactionEnded(false);
            throw rolledBack;
        }
    }

    /** @return the refusal of a row with too few or too many cells, or with bytes the encoding cannot decode */
    private Optional<RowOutcome> misshapen(CsvRow row) {
        if (row.cells().size() != header.width()) {
            return Optional.of(RowOutcome.rejected(row.row(), List.of(header.error(row, null,
                    "import.row.cell-count", "the row has " + row.cells().size() + " cells where the header has "
                            + header.width() + "; is a delimiter or a quote missing?"))));
        }
        List<Integer> undecodable = row.undecodableCells();
        if (undecodable.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RowOutcome.rejected(row.row(), undecodable.stream().map(i -> new RowError(row.row(),
                header.writtenAt(i), row.cells().get(i).replace(CsvRows.UNDECODABLE, '?'), "import.encoding",
                "the cell holds bytes that are not valid " + charset.displayName()
                        + "; save the file as UTF-8, or import it as Windows-1252")).toList()));
    }

    /** A database that fails every statement fails the import instead of rejecting every row. */
    private static void rethrowIfStoreDown(RuntimeException e) {
        RuntimeException cause = e instanceof RowFailed failed ? failed.refusal : e;
        if (cause instanceof StoreException store && store.code().equals(StoreException.FAILED)) {
            throw store;
        }
    }
}
