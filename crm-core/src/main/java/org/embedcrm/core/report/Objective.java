package org.embedcrm.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A target for a user or a team over a date range, e.g. "alice wins 50,000 EUR a month in 2026".
 *
 * @param id         never null
 * @param tenant     never null
 * @param user       the user it is for, or null when it is a team's
 * @param team       the team it is for, or null when it is a user's
 * @param metric     never null
 * @param target     per period, positive, at most 4 decimals; never null
 * @param currency   the ISO 4217 currency of an {@link ObjectiveMetric#AMOUNT_WON} target; null for the others
 * @param from       the range's first day; never null
 * @param to         the range's last day, not before {@code from}; never null
 * @param recurrence how the range is cut into periods; never null
 */
public record Objective(ObjectiveId id, TenantId tenant, UserRef user, TeamId team, ObjectiveMetric metric,
                        BigDecimal target, String currency, LocalDate from, LocalDate to, Recurrence recurrence) {

    /** Most decimals a target has. */
    public static final int TARGET_SCALE = 4;

    /** Rejects missing parts and broken rules, each with its own code. */
    public Objective {
        Objects.requireNonNull(id, "objective id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(recurrence, "recurrence");
        if ((user == null) == (team == null)) {
            throw ValidationException.of("user", "objective.owner", "an objective is for one user or one team");
        }
        if (target.signum() <= 0) {
            throw ValidationException.of("target", "objective.target.positive", "a target is above zero");
        }
        if (target.stripTrailingZeros().scale() > TARGET_SCALE) {
            throw ValidationException.of("target", "objective.target.scale",
                    "a target has at most " + TARGET_SCALE + " decimals: " + target.toPlainString());
        }
        if ((metric == ObjectiveMetric.AMOUNT_WON) != (currency != null)) {
            throw ValidationException.of("currency", "objective.currency",
                    "an amount target names its currency; a count target does not");
        }
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "objective.range", "an objective's range ends on or after its start");
        }
    }
}
