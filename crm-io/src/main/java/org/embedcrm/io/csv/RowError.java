package org.embedcrm.io.csv;

import java.util.Objects;

/**
 * Why a row of an import was refused: one line of the error report.
 *
 * @param row     the row as a spreadsheet numbers it: the header is row 1, the first data row row 2
 * @param column  the header of the offending column as written in the file, or "" when the whole row is at fault
 * @param value   the offending cell, cut to {@value #MAX_VALUE} characters, or ""; never null
 * @param code    the stable code of the rule broken, e.g. {@code contact.email.invalid}; never null
 * @param message what is wrong, in words; never null
 */
public record RowError(long row, String column, String value, String code, String message) {

    /** Longest cell value kept in a report; longer ones are cut and end with an ellipsis. */
    public static final int MAX_VALUE = 200;

    /** Rejects missing parts and a row number below 2; cuts long values. */
    public RowError {
        if (row < 2) {
            throw new IllegalArgumentException("data rows start at row 2: " + row);
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        value = value == null ? "" : value;
        if (value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE - 1) + "…";
        }
    }
}
