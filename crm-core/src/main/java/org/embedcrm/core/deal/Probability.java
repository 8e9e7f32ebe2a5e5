package org.embedcrm.core.deal;

import org.embedcrm.core.error.ValidationException;

/**
 * The chance, in percent, that a deal is won.
 *
 * @param percent 0 to 100
 */
public record Probability(int percent) {

    /** Rejects values outside 0–100. */
    public Probability {
        if (percent < 0 || percent > 100) {
            throw ValidationException.of("probability", "probability.range", "a probability is 0 to 100: " + percent);
        }
    }

    /**
     * @param percent 0 to 100, or null
     * @return that probability, or null when {@code percent} is null
     */
    public static Probability ofNullable(Integer percent) {
        return percent == null ? null : new Probability(percent);
    }
}
