package org.embedcrm.core.lead;

import java.util.List;

/**
 * One non-final status on the lead board.
 *
 * @param status    never null
 * @param leadCount how many leads have it
 * @param cards     its newest leads, at most the number asked for; never null
 */
public record LeadBoardColumn(LeadStatus status, long leadCount, List<LeadCard> cards) {

    /** Copies the cards. */
    public LeadBoardColumn {
        cards = List.copyOf(cards);
    }
}
