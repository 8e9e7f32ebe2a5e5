package org.embedcrm.core.merge;

import java.util.List;

/**
 * What a sweep for duplicates found, when its pairs were handed to the caller one by one rather than kept (see
 * {@link DuplicateFinder#sweep} and {@link DuplicateService#sweep}).
 *
 * @param pairs       the number of pairs taken for duplicates and handed over
 * @param clusters    the pairs that join clusters (see {@link DuplicateCriteria#joinsCluster}) joined transitively,
 *                    largest first; never null
 * @param comparisons the number of pairs scored; each candidate pair is scored once, however many blocks it shares
 */
public record DuplicateSweep(long pairs, List<DuplicateCluster> clusters, long comparisons) {

    /** Copies the clusters. */
    public DuplicateSweep {
        clusters = List.copyOf(clusters);
    }
}
