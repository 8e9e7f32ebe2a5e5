package org.embedcrm.io.csv;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.internal.SafeCsv;

/**
 * What an import did: its counts, why each refused row was refused, the columns it did not know, and whether it
 * read the whole file.
 *
 * @param counts         created, updated, unchanged and rejected rows; never null
 * @param errors         every problem of every rejected row, in row order; never null
 * @param unknownColumns headers of the file that name no column, as written; their cells were not read; never null
 * @param dryRun         whether nothing was stored
 * @param stoppedBy      the file problem that stopped reading before the end (rows before it were imported), or
 *                       null when the whole file was read
 */
public record ImportResult(ImportCounts counts, List<RowError> errors, List<String> unknownColumns, boolean dryRun,
                           CrmIoException stoppedBy) {

    /** The header row of {@link #writeErrorReport}. */
    public static final List<String> REPORT_HEADER = List.of("row", "column", "value", "code", "message");

    /** Copies the lists. */
    public ImportResult {
        Objects.requireNonNull(counts, "counts");
        errors = List.copyOf(errors);
        unknownColumns = List.copyOf(unknownColumns);
    }

    /** @return the file problem that stopped reading early, if one did */
    public Optional<CrmIoException> stoppedEarly() {
        return Optional.ofNullable(stoppedBy);
    }

    /** @return whether the whole file was read and no row was rejected */
    public boolean isClean() {
        return stoppedBy == null && counts.rejected() == 0;
    }

    /**
     * Writes the error report: a CSV file with the {@link #REPORT_HEADER} and one row per problem (a rejected row
     * may have several), cells starting with a formula character neutralised. A problem that stopped reading is
     * its last row, with the column left empty.
     *
     * @param out where to write it; never null
     * @throws IOException when writing fails
     */
    public void writeErrorReport(Appendable out) throws IOException {
        SafeCsv report = SafeCsv.writingTo(out, ',');
        report.row(REPORT_HEADER);
        for (RowError error : errors) {
            report.row(List.of(Long.toString(error.row()), error.column(), error.value(), error.code(),
                    error.message()));
        }
        if (stoppedBy != null) {
            report.row(List.of(stoppedBy.row().isPresent() ? Long.toString(stoppedBy.row().getAsLong()) : "", "",
                    "", stoppedBy.code(), stoppedBy.getMessage()));
        }
    }
}
