package org.embedcrm.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain text table: a header row and data rows, each column as wide as its widest cell, framed by {@code +---+}
 * rules like the board. Not thread-safe; build, then {@link #render()}.
 */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param header the column titles; never null nor empty */
    TextTable(List<String> header) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one column");
        }
        this.header = List.copyOf(header);
    }

    /**
     * @param cells one text per column, null shown as empty; never null
     * @return this table
     */
    TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row has " + header.size() + " cells: " + cells);
        }
        rows.add(cells.stream().map(cell -> Objects.toString(cell, "")).toList());
        return this;
    }

    /** @return the table, lines ending in {@code \n}; a table without rows shows its header alone */
    String render() {
        List<Integer> widths = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            int widest = header.get(column).length();
            for (List<String> row : rows) {
                widest = Math.max(widest, row.get(column).length());
            }
            widths.add(widest);
        }
        StringBuilder rule = new StringBuilder("+");
        widths.forEach(width -> rule.append("-".repeat(width + 2)).append('+'));
        rule.append('\n');
        StringBuilder out = new StringBuilder().append(rule);
        appendRow(out, header, widths);
        out.append(rule);
        if (!rows.isEmpty()) {
            rows.forEach(row -> appendRow(out, row, widths));
            out.append(rule);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells, List<Integer> widths) {
        out.append('|');
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            out.append(' ').append(cell).append(" ".repeat(widths.get(column) - cell.length())).append(" |");
        }
        out.append('\n');
    }
}
