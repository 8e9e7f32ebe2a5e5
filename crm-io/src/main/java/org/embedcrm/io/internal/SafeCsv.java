package org.embedcrm.io.internal;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV rows that a spreadsheet cannot mistake for formulas: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, and {@link #restore} takes it off again
 * on import. A cell that already starts with an apostrophe followed by one of those (or by another apostrophe) gets
 * one more, so that restoring gives back exactly what was written.
 */
public final class SafeCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char MARK = '\'';

    private final CSVPrinter printer;

    private SafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * @param out       where rows go; never null
     * @param delimiter the cell separator
     * @return a writer of neutralised rows, each ending with CRLF
     * @throws IOException when the destination refuses to be written
     */
    public static SafeCsv writingTo(Appendable out, char delimiter) throws IOException {
        return new SafeCsv(new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()));
    }

    /**
     * @param cells the row's cells, as they are; never null
     * @throws IOException when writing fails
     */
    public void row(List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(SafeCsv::neutralise).toArray());
    }

    /** @throws IOException when flushing the destination fails */
    public void flush() throws IOException {
        printer.flush();
    }

    /**
     * @param cell a cell as it is; may be null, written as empty
     * @return the cell as written to the file
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return startsWithFormula(cell) || isMarked(cell) ? MARK + cell : cell;
    }

    /**
     * @param cell a cell as read from a file; never null
     * @return the cell without the apostrophe {@link #neutralise} added
     */
    public static String restore(String cell) {
        return isMarked(cell) ? cell.substring(1) : cell;
    }

    private static boolean startsWithFormula(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
    }

    private static boolean isMarked(String cell) {
        return cell.length() > 1 && cell.charAt(0) == MARK
                && (cell.charAt(1) == MARK || startsWithFormula(cell.substring(1)));
    }
}
