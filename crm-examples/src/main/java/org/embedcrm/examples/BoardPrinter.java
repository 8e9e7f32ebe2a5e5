package org.embedcrm.examples;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.deal.Board;
import org.embedcrm.core.deal.BoardColumn;
import org.embedcrm.core.deal.DealCard;
import org.embedcrm.core.shared.Money;

/**
 * Draws a {@link Board} as a fixed-width text table: one column per stage, headed by the stage's name, its deal count
 * and its totals (one line per currency), with the stage's cards beneath.
 */
final class BoardPrinter {

    /** Widest a column gets before long texts are cut. */
    static final int DEFAULT_MAX_COLUMN_WIDTH = 22;

    private static final int MIN_COLUMN_WIDTH = 8;
    private static final String CUT = "...";

    private final int maxColumnWidth;

    /** A printer whose columns are at most {@value #DEFAULT_MAX_COLUMN_WIDTH} characters wide. */
    BoardPrinter() {
        this(DEFAULT_MAX_COLUMN_WIDTH);
    }

    /** @param maxColumnWidth the widest a column's text may be, at least {@value #MIN_COLUMN_WIDTH} */
    BoardPrinter(int maxColumnWidth) {
        if (maxColumnWidth < MIN_COLUMN_WIDTH) {
            throw new IllegalArgumentException("a column is at least " + MIN_COLUMN_WIDTH + " wide: " + maxColumnWidth);
        }
        this.maxColumnWidth = maxColumnWidth;
    }

    /**
     * @param board the board to draw; never null
     * @return the table, lines ending in {@code \n}
     */
    String render(Board board) {
        long deals = board.columns().stream().mapToLong(BoardColumn::dealCount).sum();
        StringBuilder out = new StringBuilder()
                .append("Board of pipeline \"").append(board.pipelineName()).append("\": ")
                .append(count(deals)).append(" in ").append(board.columns().size()).append(" stages\n");
        if (board.columns().isEmpty()) {
            return out.toString();
        }
        List<List<String>> heads = board.columns().stream().map(BoardPrinter::head).toList();
        List<List<String>> bodies = board.columns().stream().map(BoardPrinter::body).toList();
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            widths.add(widthOf(heads.get(i), bodies.get(i)));
        }
        String rule = rule(widths);
        out.append(rule);
        appendRows(out, heads, widths);
        out.append(rule);
        if (bodies.stream().anyMatch(b -> !b.isEmpty())) {
            appendRows(out, bodies, widths);
            out.append(rule);
        }
        return out.toString();
    }

    private static List<String> head(BoardColumn column) {
        List<String> lines = new ArrayList<>();
        lines.add(column.stage().name());
        lines.add(count(column.dealCount()));
        if (column.totals().isEmpty() && column.dealCount() > 0) {
            lines.add("no value");
        }
        column.totals().stream().map(MoneyFormat::format).forEach(lines::add);
        return lines;
    }

    private static List<String> body(BoardColumn column) {
        List<String> lines = new ArrayList<>();
        for (DealCard card : column.cards()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(card.title());
            lines.add("  " + valueOf(card.value()));
            lines.add("  " + (card.assignee() == null ? "unassigned" : card.assignee().value()));
            lines.add("  " + (card.expectedCloseDate() == null ? "no close date" : "due " + card.expectedCloseDate()));
        }
        long hidden = column.dealCount() - column.cards().size();
        if (hidden > 0) {
            lines.add("");
            lines.add("+ " + hidden + " more");
        }
        return lines;
    }

    private static String valueOf(Money value) {
        return value == null ? "no value" : MoneyFormat.format(value);
    }

    private static String count(long deals) {
        return deals + (deals == 1 ? " deal" : " deals");
    }

    private int widthOf(List<String> head, List<String> body) {
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
