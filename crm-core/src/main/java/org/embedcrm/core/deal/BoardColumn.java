package org.embedcrm.core.deal;

import java.util.List;
import org.embedcrm.core.shared.Money;

/**
 * One stage on the board.
 *
 * @param stage     the stage; never null
 * @param dealCount how many deals sit in it (may exceed the cards shown)
 * @param totals    the value of its deals, one entry per currency; never null
 * @param cards     its deals, the oldest first, at most the number asked for; never null
 */
public record BoardColumn(Stage stage, long dealCount, List<Money> totals, List<DealCard> cards) {

    /** Copies the lists. */
    public BoardColumn {
        totals = List.copyOf(totals);
        cards = List.copyOf(cards);
    }
}
