package org.embedcrm.examples;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.deal.Board;
import org.embedcrm.core.deal.BoardColumn;
import org.embedcrm.core.deal.DealCard;
import org.embedcrm.core.shared.Money;

/**
 * Draws a {@link Board} as a fixed-width text table ({@link KanbanTable}): one column per stage, headed by the stage's
 * name, its deal count and its totals (one line per currency), with the stage's cards beneath.
 */
final class BoardPrinter {

    /** Widest a column gets before long texts are cut. */
    static final int DEFAULT_MAX_COLUMN_WIDTH = 22;

    private final int maxColumnWidth;

    /** A printer whose columns are at most {@value #DEFAULT_MAX_COLUMN_WIDTH} characters wide. */
    BoardPrinter() {
        this(DEFAULT_MAX_COLUMN_WIDTH);
    }

    /** @param maxColumnWidth the widest a column's text may be, at least {@value KanbanTable#MIN_COLUMN_WIDTH} */
    BoardPrinter(int maxColumnWidth) {
        if (maxColumnWidth < KanbanTable.MIN_COLUMN_WIDTH) {
            throw new IllegalArgumentException("a column is at least " + KanbanTable.MIN_COLUMN_WIDTH + " wide: "
                    + maxColumnWidth);
        }
        this.maxColumnWidth = maxColumnWidth;
    }

    /**
     * @param board the board to draw; never null
     * @return the table, lines ending in {@code \n}
     */
    String render(Board board) {
        long deals = board.columns().stream().mapToLong(BoardColumn::dealCount).sum();
        return "Board of pipeline \"" + board.pipelineName() + "\": " + count(deals) + " in "
                + board.columns().size() + " stages\n"
                + KanbanTable.render(board.columns().stream().map(BoardPrinter::head).toList(),
                        board.columns().stream().map(BoardPrinter::body).toList(), maxColumnWidth);
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
}
