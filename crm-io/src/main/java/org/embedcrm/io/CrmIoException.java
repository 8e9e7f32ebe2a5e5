package org.embedcrm.io;

import java.util.OptionalLong;
import org.embedcrm.core.error.CrmException;

/**
 * A file that cannot be read as a whole, or from some row on: no header, an encoding error, a quote never closed, a
 * record too large, a settings document that is not JSON. Problems of single rows are not raised but reported per row
 * in the import's result.
 *
 * <p>Codes: {@code import.header.missing}, {@code import.header.duplicate}, {@code import.header.no-known-column},
 * {@code import.encoding}, {@code import.csv.malformed}, {@code import.record.too-large}, {@code import.read-failed},
 * {@code settings.json.malformed}, {@code settings.version.unsupported}, {@code export.write-failed}.
 */
public final class CrmIoException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final long row;

    /**
     * @param code    stable code, one of those listed above; never null
     * @param message what is wrong and, where it helps, how to fix the file; never null
     * @param row     the row (as a spreadsheet numbers it, the header being row 1) where reading stopped, or 0 when
     *                the problem concerns no particular row
     * @param cause   the underlying error, or null
     */
    public CrmIoException(String code, String message, long row, Throwable cause) {
        super(code, message, cause);
        if (row < 0) {
            throw new IllegalArgumentException("a row number is 0 or more: " + row);
        }
        this.row = row;
    }

    /** @return the row where reading stopped, if the problem concerns one */
    public OptionalLong row() {
        return row == 0 ? OptionalLong.empty() : OptionalLong.of(row);
    }
}
