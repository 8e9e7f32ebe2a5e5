package org.embedcrm.core.party;

import java.util.List;

/**
 * One status on the contact board.
 *
 * @param status       never null
 * @param contactCount how many active contacts have it (may exceed the cards shown)
 * @param cards        its contacts by name, at most the number asked for; never null
 */
public record ContactBoardColumn(ContactStatus status, long contactCount, List<ContactCard> cards) {

    /** Copies the cards. */
    public ContactBoardColumn {
        cards = List.copyOf(cards);
    }
}
