package org.embedcrm.core.merge;

import java.util.Objects;

/**
 * Two records taken for the same contact, lead or organisation, with the evidence for it.
 *
 * @param first    one record: the lower id in a {@link DuplicateReport}, the record checked in
 *                 {@link DuplicateFinder#duplicatesOf}; never null
 * @param second   the other record; never null and never equal to {@code first}
 * @param evidence why they are duplicates; never null
 */
public record DuplicatePair(MatchRecordId first, MatchRecordId second, MatchEvidence evidence) {

    /** Rejects nulls and a record paired with itself. */
    public DuplicatePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(evidence, "evidence");
        if (first.equals(second)) {
            throw new IllegalArgumentException("a record is no duplicate of itself: " + first);
        }
    }

    /** @return the pair's total score */
    public double score() {
        return evidence.score();
    }
}
