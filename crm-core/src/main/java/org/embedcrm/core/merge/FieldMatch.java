package org.embedcrm.core.merge;

import java.util.Objects;

/**
 * How one field of two records compared: the normalised values side by side, how alike they are and the points this
 * added to the pair's score.
 *
 * @param field      the field compared; never null
 * @param left       the first record's normalised value that was compared; never null
 * @param right      the second record's normalised value that was compared; never null
 * @param similarity from 0 (clearly different) to 1 (equal)
 * @param points     what the field added to the score; negative when the values disagree
 */
public record FieldMatch(MatchField field, String left, String right, double similarity, double points) {

    /** Rejects null fields or values and a similarity outside 0 to 1. */
    public FieldMatch {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("a similarity lies between 0 and 1: " + similarity);
        }
    }

    /** @return true when the values are equal once normalised */
    public boolean exact() {
        return similarity == 1;
    }
}
