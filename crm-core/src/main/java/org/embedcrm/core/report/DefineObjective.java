package org.embedcrm.core.report;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.embedcrm.core.shared.UserRef;

/**
 * Command: set an objective. Start from {@link #forUser} or {@link #forTeam}.
 *
 * @param user       the user, or null for a team
 * @param team       the team, or null for a user
 * @param metric     never null
 * @param target     per period, positive; never null
 * @param currency   the currency of an amount target, else null
 * @param from       the first day; never null
 * @param to         the last day; never null
 * @param recurrence the periods; never null
 */
public record DefineObjective(UserRef user, TeamId team, @NotNull ObjectiveMetric metric, @NotNull BigDecimal target,
                              String currency, @NotNull LocalDate from, @NotNull LocalDate to,
                              @NotNull Recurrence recurrence) {

    /**
     * @param user   the user; never null
     * @param metric what counts; never null
     * @param target the target per period; never null
     * @param from   the first day; never null
     * @param to     the last day; never null
     * @return a one-period objective of a count (use {@link #amount} for an amount won)
     */
    public static DefineObjective forUser(UserRef user, ObjectiveMetric metric, BigDecimal target, LocalDate from,
                                          LocalDate to) {
        return new DefineObjective(user, null, metric, target, null, from, to, Recurrence.NONE);
    }

    /**
     * @param team   the team; never null
     * @param metric what counts; never null
     * @param target the target per period; never null
     * @param from   the first day; never null
     * @param to     the last day; never null
     * @return a one-period objective of a count
     */
    public static DefineObjective forTeam(TeamId team, ObjectiveMetric metric, BigDecimal target, LocalDate from,
                                          LocalDate to) {
        return new DefineObjective(null, team, metric, target, null, from, to, Recurrence.NONE);
    }

    /**
     * @param value the currency of the amount won
     * @return this command counting the amount won in that currency
     */
    public DefineObjective amount(String value) {
        return new DefineObjective(user, team, ObjectiveMetric.AMOUNT_WON, target, value, from, to, recurrence);
    }

    /**
     * @param value the periods
     * @return this command with that recurrence
     */
    public DefineObjective every(Recurrence value) {
        return new DefineObjective(user, team, metric, target, currency, from, to, value);
    }
}
