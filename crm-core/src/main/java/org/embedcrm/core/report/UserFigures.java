package org.embedcrm.core.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a set of users (a user, or a team's members) achieved in a time range, read from the stored records.
 *
 * @param dealsCreated deals they created
 * @param dealsWon     deals won with a close date in the range, assigned to them (or created by them when
 *                     unassigned)
 * @param amountWon    the values of those won deals, per currency; never null
 * @param callsMade    calls they logged as interactions that happened in the range
 * @param meetingsHeld meetings they logged as interactions that happened in the range
 */
public record UserFigures(long dealsCreated, long dealsWon, Map<String, BigDecimal> amountWon, long callsMade,
                          long meetingsHeld) {

    /** Copies the amounts. */
    public UserFigures {
        amountWon = Map.copyOf(amountWon);
    }
}
