package org.embedcrm.core.merge;

import org.embedcrm.core.error.ValidationException;

/**
 * How much one field weighs in a pair's score: the points two equal values add, and the points (zero or negative) two
 * clearly different values add. A partly similar pair of values gets points in between, in proportion to their
 * similarity; a field missing on either side adds nothing.
 *
 * @param agreement    points for equal values; positive and finite
 * @param disagreement points for clearly different values; zero or negative and finite
 */
public record FieldWeight(double agreement, double disagreement) {

    /** Rejects a non-positive agreement, a positive disagreement and values that are not finite. */
    public FieldWeight {
        if (!Double.isFinite(agreement) || !Double.isFinite(disagreement) || agreement <= 0 || disagreement > 0) {
            throw ValidationException.of("weight", "match.weight.invalid",
                    "a field weight has a positive agreement and a zero or negative disagreement: "
                            + agreement + ", " + disagreement);
        }
    }

    /**
     * @param agreement    points for equal values; positive
     * @param disagreement points for clearly different values; zero or negative
     * @return that weight
     */
    public static FieldWeight of(double agreement, double disagreement) {
        return new FieldWeight(agreement, disagreement);
    }

    /**
     * @param similarity how alike two values are, from 0 (clearly different) to 1 (equal)
     * @return the points they add: {@link #disagreement} at 0, {@link #agreement} at 1, linear in between
     */
    public double points(double similarity) {
        return disagreement + similarity * (agreement - disagreement);
    }
}
