package org.embedcrm.examples;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.lead.LeadBoardColumn;
import org.embedcrm.core.lead.LeadCard;

/**
 * Draws the lead board as a fixed-width text table ({@link KanbanTable}): one column per open lead status, headed by
 * the status's name and its lead count, with the newest leads' cards beneath (title, who and where, value, assignee).
 */
final class LeadBoardPrinter {

    /** Widest a column gets before long texts are cut. */
    static final int MAX_COLUMN_WIDTH = 24;

    private LeadBoardPrinter() {
    }

    /**
     * @param board the columns of {@code crm.leads().board(n)}; never null
     * @return a heading and the table, lines ending in {@code \n}
     */
    static String render(List<LeadBoardColumn> board) {
        long leads = board.stream().mapToLong(LeadBoardColumn::leadCount).sum();
        return "Lead board: " + count(leads) + " open in " + board.size() + " statuses\n"
                + KanbanTable.render(board.stream().map(LeadBoardPrinter::head).toList(),
                        board.stream().map(LeadBoardPrinter::body).toList(), MAX_COLUMN_WIDTH);
    }

    private static List<String> head(LeadBoardColumn column) {
        return List.of(column.status().name(), count(column.leadCount()));
    }

    private static List<String> body(LeadBoardColumn column) {
        List<String> lines = new ArrayList<>();
        for (LeadCard card : column.cards()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(card.title());
            if (card.contactName() != null) {
                lines.add("  " + card.contactName());
            }
            if (card.companyName() != null) {
                lines.add("  " + card.companyName());
            }
            lines.add("  " + (card.value() == null ? "no value" : MoneyFormat.format(card.value())));
            lines.add("  " + card.assignee().value());
        }
        long hidden = column.leadCount() - column.cards().size();
        if (hidden > 0) {
            lines.add("");
            lines.add("+ " + hidden + " more");
        }
        return lines;
    }

    private static String count(long leads) {
        return leads + (leads == 1 ? " lead" : " leads");
    }
}
