package org.embedcrm.core.merge;

import java.util.List;

/**
 * What a search for duplicates among many records found.
 *
 * @param pairs       every pair taken for duplicates, best score first; never null
 * @param clusters    the pairs that join clusters (see {@link DuplicateCriteria#joinsCluster}) joined transitively,
 *                    largest first; never null
 * @param comparisons the number of pairs scored; each candidate pair is scored once, however many blocks it shares
 */
public record DuplicateReport(List<DuplicatePair> pairs, List<DuplicateCluster> clusters, long comparisons) {

    /** Copies the lists. */
    public DuplicateReport {
        pairs = List.copyOf(pairs);
        clusters = List.copyOf(clusters);
    }
}
