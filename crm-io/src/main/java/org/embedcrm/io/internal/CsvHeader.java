package org.embedcrm.io.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.csv.RowError;

/**
 * Which cell of a row holds which column, read from a file's header row, and the report lines of a row's problems,
 * each naming the column as the file writes it. Immutable.
 *
 * @param <C> the columns' type
 */
public final class CsvHeader<C> {

    private final Columns<C> columns;
    private final List<String> written;
    private final Map<C, Integer> positions;
    private final List<String> unknown;

    private CsvHeader(Columns<C> columns, List<String> written, Map<C, Integer> positions, List<String> unknown) {
        this.columns = columns;
        this.written = written;
        this.positions = positions;
        this.unknown = unknown;
    }

    /**
     * @param header  the header row as written; never null
     * @param columns the columns of the file's kind; headers naming none of them count as unknown
     * @param <C>     the columns' type
     * @return where each column is
     * @throws CrmIoException {@code import.header.duplicate} when two headers name the same column,
     *                        {@code import.header.no-known-column} when none names a column the kind reads
     */
    public static <C> CsvHeader<C> of(List<String> header, Columns<C> columns) {
        Map<C, Integer> positions = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).strip();
            Optional<C> column = columns.forHeader(cell);
            if (column.isEmpty()) {
                unknown.add(cell.isEmpty() ? "(column " + (i + 1) + " has no header)" : cell);
                continue;
            }
            Integer previous = positions.put(column.get(), i);
            if (previous != null) {
                throw new CrmIoException("import.header.duplicate", "headers '" + header.get(previous) + "' and '"
                        + cell + "' both name the column " + columns.header(column.get()) + "; keep one", 1, null);
            }
        }
        if (positions.keySet().stream().noneMatch(columns::isImported)) {
            throw new CrmIoException("import.header.no-known-column", "no header of the first row names a column"
                    + " of " + columns.kindName() + " files; is the first row the header, and the delimiter right?"
                    + " Headers read: " + header, 1, null);
        }
        return new CsvHeader<>(columns, List.copyOf(header), positions, Collections.unmodifiableList(unknown));
    }

    /** @return the columns of the file's kind */
    public Columns<C> columns() {
        return columns;
    }

    /** @return how many cells each row must have */
    public int width() {
        return written.size();
    }

    /** @return the headers that name no column of the kind, as written */
    public List<String> unknown() {
        return unknown;
    }

    /**
     * @param index a cell's position, from 0, less than {@link #width()}
     * @return the header of that cell, as written
     */
    public String writtenAt(int index) {
        return written.get(index).strip();
    }

    /**
     * @param column a column
     * @return whether the file has it
     */
    public boolean has(C column) {
        return positions.containsKey(column);
    }

    /**
     * @param column a column
     * @return its header as written in the file, or its standard header when the file lacks it
     */
    public String writtenAs(C column) {
        Integer at = positions.get(column);
        return at == null ? columns.header(column) : written.get(at).strip();
    }

    /**
     * @param row    a row of the file, of {@link #width()} cells
     * @param column a column
     * @return its cell stripped of surrounding white space, or null when the file lacks the column
     */
    public String cell(CsvRow row, C column) {
        Integer at = positions.get(column);
        return at == null ? null : row.cells().get(at).strip();
    }

    /**
     * @param row     the row at fault
     * @param column  the column at fault, or null when the whole row is
     * @param code    the stable code of the rule broken
     * @param message what is wrong
     * @return the report line, naming the column as the file writes it and holding its cell
     */
    public RowError error(CsvRow row, C column, String code, String message) {
        if (column == null) {
            return new RowError(row.row(), "", "", code, message);
        }
        return new RowError(row.row(), writtenAs(column), cell(row, column), code, message);
    }

    /**
     * Reads a value from a cell, reporting every violation of the parser under the column instead of throwing.
     *
     * @param column the column read
     * @param parse  reads the value; throws {@link ValidationException} for a bad cell
     * @param errors where the row's problems go
     * @return the value, or null when the cell is bad
     */
    public <T> T collect(CsvRow row, C column, Supplier<T> parse, List<RowError> errors) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            e.violations().forEach(v -> errors.add(error(row, column, v.code(), v.message())));
            return null;
        }
    }
}
