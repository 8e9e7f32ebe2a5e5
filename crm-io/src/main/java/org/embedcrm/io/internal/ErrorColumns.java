package org.embedcrm.io.internal;

import java.util.List;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.io.csv.RowError;

/**
 * Turns what a service refused into report lines: each violation, or the error itself, placed in the column whose
 * cell caused it (the field path of a violation, the code of a conflict or a missing reference), as the file's
 * {@link Columns} tell.
 */
final class ErrorColumns {

    private ErrorColumns() {
    }

    static <C> List<RowError> of(CsvRow row, RuntimeException refusal, CsvHeader<C> header) {
        Columns<C> columns = header.columns();
        if (refusal instanceof ValidationException invalid) {
            return invalid.violations().stream().map(v -> header.error(row,
                    columns.forField(v.field().replaceAll("\\[.*$", "").replaceAll("\\..*$", "")), v.code(),
                    v.message())).toList();
        }
        if (refusal instanceof CrmException crm) {
            return List.of(header.error(row, columns.forCode(crm.code()), crm.code(), crm.getMessage()));
        }
        return List.of(header.error(row, null, "import.row.failed", "the row could not be stored: " + refusal));
    }
}
