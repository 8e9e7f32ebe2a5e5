package org.embedcrm.io.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.csv.ContactColumn;
import org.embedcrm.io.csv.RecordKind;

/** Which cell of a row holds which contact column, read from a file's header row. */
public final class ContactHeader {

    private final List<String> written;
    private final Map<ContactColumn, Integer> positions;
    private final List<String> unknown;

    private ContactHeader(List<String> written, Map<ContactColumn, Integer> positions, List<String> unknown) {
        this.written = written;
        this.positions = positions;
        this.unknown = unknown;
    }

    /**
     * @param header the header row as written; never null
     * @param kind   what the rows are; columns another kind has count as unknown
     * @return where each column is
     * @throws CrmIoException {@code import.header.duplicate} when two headers name the same column,
     *                        {@code import.header.no-known-column} when none names a column of the kind
     */
    public static ContactHeader of(List<String> header, RecordKind kind) {
        Map<ContactColumn, Integer> positions = new EnumMap<>(ContactColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).strip();
            Optional<ContactColumn> column = ContactColumn.forHeader(cell)
                    .filter(c -> kind.columns().contains(c) || !c.isImported());
            if (column.isEmpty()) {
                unknown.add(cell.isEmpty() ? "(column " + (i + 1) + " has no header)" : cell);
                continue;
            }
            Integer previous = positions.put(column.get(), i);
            if (previous != null) {
                throw new CrmIoException("import.header.duplicate", "headers '" + header.get(previous) + "' and '"
                        + cell + "' both name the column " + column.get().header() + "; keep one", 1, null);
            }
        }
        if (positions.keySet().stream().noneMatch(ContactColumn::isImported)) {
            throw new CrmIoException("import.header.no-known-column", "no header of the first row names a column"
                    + " of " + kind.name().toLowerCase(Locale.ROOT) + " files; is the first row the"
                    + " header, and the delimiter right? Headers read: " + header, 1, null);
        }
        return new ContactHeader(List.copyOf(header), positions, Collections.unmodifiableList(unknown));
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
    public boolean has(ContactColumn column) {
        return positions.containsKey(column);
    }

    /**
     * @param column a column
     * @return its header as written in the file, or its standard header when the file lacks it
     */
    public String writtenAs(ContactColumn column) {
        Integer at = positions.get(column);
        return at == null ? column.header() : written.get(at).strip();
    }

    /**
     * @param row    a row of the file, of {@link #width()} cells
     * @param column a column
     * @return its cell stripped of surrounding white space, or null when the file lacks the column
     */
    public String cell(CsvRow row, ContactColumn column) {
        Integer at = positions.get(column);
        return at == null ? null : row.cells().get(at).strip();
    }
}
