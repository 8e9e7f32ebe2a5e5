package org.embedcrm.io.internal;

import java.util.List;
import org.embedcrm.io.csv.RowError;

/**
 * What became of one row.
 *
 * @param row    the row number
 * @param result created, updated, unchanged or rejected
 * @param errors why it was rejected; empty otherwise
 */
record RowOutcome(long row, Result result, List<RowError> errors) {

    enum Result { CREATED, UPDATED, UNCHANGED, REJECTED }

    RowOutcome {
        errors = List.copyOf(errors);
    }

    static RowOutcome of(long row, Result result) {
        return new RowOutcome(row, result, List.of());
    }

    static RowOutcome rejected(long row, List<RowError> errors) {
        return new RowOutcome(row, Result.REJECTED, errors);
    }
}
