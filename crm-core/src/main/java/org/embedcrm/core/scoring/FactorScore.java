package org.embedcrm.core.scoring;

import java.util.Objects;

/**
 * One factor of a health score, so a host can show why a customer scores as it does.
 *
 * @param factor  never null
 * @param score   0 to 100
 * @param neutral whether its source was absent or knew nothing, so it got {@link HealthFactor#NEUTRAL}
 * @param detail  what it was computed from, e.g. "12 days since the last interaction"; never null
 */
public record FactorScore(HealthFactor factor, int score, boolean neutral, String detail) {

    /** Rejects missing parts and a score out of range. */
    public FactorScore {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(detail, "detail");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a factor scores 0 to 100: " + score);
        }
    }

    static FactorScore neutral(HealthFactor factor, String why) {
        return new FactorScore(factor, HealthFactor.NEUTRAL, true, why);
    }
}
