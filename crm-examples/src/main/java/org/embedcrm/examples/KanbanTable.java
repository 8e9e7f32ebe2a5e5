package org.embedcrm.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a Kanban board as a fixed-width text table: columns side by side, each a head (its name and figures) above
 * a body (its cards), framed by {@code +---+} rules. The deal board and the lead board share it.
 */
final class KanbanTable {

    /** Narrowest a column gets. */
    static final int MIN_COLUMN_WIDTH = 8;

    private static final String CUT = "...";

    private KanbanTable() {
    }

    /**
     * @param heads          one list of lines per column, shown above the rule; never null
     * @param bodies         one list of lines per column, shown beneath it, maybe empty; never null, as many as heads
     * @param maxColumnWidth the widest a column's text may be before it is cut, at least {@value #MIN_COLUMN_WIDTH}
     * @return the table, lines ending in {@code \n}; empty when there are no columns
     */
    static String render(List<List<String>> heads, List<List<String>> bodies, int maxColumnWidth) {
        if (heads.size() != bodies.size()) {
            throw new IllegalArgumentException("every column has a head and a body");
        }
        if (heads.isEmpty()) {
            return "";
        }
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            widths.add(widthOf(heads.get(i), bodies.get(i), maxColumnWidth));
        }
        String rule = rule(widths);
        StringBuilder out = new StringBuilder().append(rule);
        appendRows(out, heads, widths);
        out.append(rule);
        if (bodies.stream().anyMatch(b -> !b.isEmpty())) {
            appendRows(out, bodies, widths);
            out.append(rule);
        }
        return out.toString();
    }

    private static int widthOf(List<String> head, List<String> body, int maxColumnWidth) {
        int widest = MIN_COLUMN_WIDTH;
        for (String line : head) {
            widest = Math.max(widest, line.length());
        }
        for (String line : body) {
            widest = Math.max(widest, line.length());
        }
        return Math.min(widest, maxColumnWidth);
    }

    private static void appendRows(StringBuilder out, List<List<String>> columns, List<Integer> widths) {
        int height = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int row = 0; row < height; row++) {
            out.append('|');
            for (int i = 0; i < columns.size(); i++) {
                List<String> lines = columns.get(i);
                String text = row < lines.size() ? lines.get(row) : "";
                out.append(' ').append(fit(text, widths.get(i))).append(" |");
            }
            out.append('\n');
        }
    }

    private static String fit(String text, int width) {
        String shown = text.length() > width ? text.substring(0, width - CUT.length()) + CUT : text;
        return shown + " ".repeat(width - shown.length());
    }

    private static String rule(List<Integer> widths) {
        StringBuilder line = new StringBuilder("+");
        widths.forEach(w -> line.append("-".repeat(w + 2)).append('+'));
        return line.append('\n').toString();
    }
}
