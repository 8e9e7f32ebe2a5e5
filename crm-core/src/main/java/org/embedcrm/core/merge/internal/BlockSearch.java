package org.embedcrm.core.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.merge.CandidateBlock;
import org.embedcrm.core.merge.DuplicatePair;
import org.embedcrm.core.merge.DuplicateReport;
import org.embedcrm.core.merge.MatchEvidence;
import org.embedcrm.core.merge.MatchRecordId;

/**
 * One search for duplicates, fed block by block. Each candidate pair is scored once however many keys its records
 * share: in a block of ordinary size, a pair is scored only when the block's key is the first (in key order) ordinary
 * key the two records share. An oversized block is sorted by name and each record compared with its next neighbours
 * only; such a pair is scored there only when the records share no ordinary key (else it is scored in that block),
 * and once across all oversized blocks. Memory holds one block, the pairs found and the pairs seen in oversized
 * blocks, which windows bound to a few per record.
 */
public final class BlockSearch {

    private static final Comparator<DuplicatePair> BEST_FIRST = Comparator.comparingDouble(DuplicatePair::score)
            .reversed().thenComparing(DuplicatePair::first).thenComparing(DuplicatePair::second);

    private final NormalisedRecords normaliser;
    private final PairScorer scorer;
    private final ValueFrequencies frequencies;
    private final Set<String> oversizedKeys = new HashSet<>();
    private final int maxBlockSize;
    private final int window;
    private final List<DuplicatePair> pairs = new ArrayList<>();
    private final Clusters clusters = new Clusters();
    private final Set<List<MatchRecordId>> comparedInWindows = new HashSet<>();
    private long comparisons;

    /**
     * @param normaliser    normalises each block's records; never null
     * @param scorer        scores pairs; never null
     * @param frequencies   how common values are among the records searched; never null
     * @param oversizedKeys the keys of blocks larger than {@code maxBlockSize}; never null
     * @param maxBlockSize  the largest block compared pairwise
     * @param window        the neighbours each record of an oversized block is compared with
     */
    public BlockSearch(NormalisedRecords normaliser, PairScorer scorer, ValueFrequencies frequencies,
                       Set<BlockingKey> oversizedKeys, int maxBlockSize, int window) {
        this.normaliser = normaliser;
        this.scorer = scorer;
        this.frequencies = frequencies;
        oversizedKeys.forEach(key -> this.oversizedKeys.add(key.value()));
        this.maxBlockSize = maxBlockSize;
        this.window = window;
    }

    /** @param block the next block; never null */
    public void search(CandidateBlock block) {
        List<NormalisedRecord> records = block.records().stream().map(normaliser::of).toList();
        String key = block.key().value();
        if (records.size() <= maxBlockSize && !oversizedKeys.contains(key)) {
            for (int i = 0; i < records.size(); i++) {
                for (int j = i + 1; j < records.size(); j++) {
                    if (key.equals(firstSharedOrdinaryKey(records.get(i), records.get(j)))) {
                        compare(records.get(i), records.get(j));
                    }
                }
            }
        } else {
            List<NormalisedRecord> sorted = records.stream()
                    .sorted(Comparator.comparing(NormalisedRecord::sortKey)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j <= i + window && j < sorted.size(); j++) {
                    compareInWindow(sorted.get(i), sorted.get(j));
                }
            }
        }
    }

    /** @return the pairs found so far, best first, their clusters and the number of pairs scored */
    public DuplicateReport report() {
        return new DuplicateReport(pairs.stream().sorted(BEST_FIRST).toList(), clusters.clusters(), comparisons);
    }

    private void compareInWindow(NormalisedRecord a, NormalisedRecord b) {
        if (firstSharedOrdinaryKey(a, b) == null
                && comparedInWindows.add(a.id().compareTo(b.id()) < 0 ? List.of(a.id(), b.id())
                        : List.of(b.id(), a.id()))) {
            compare(a, b);
        }
    }

    private void compare(NormalisedRecord a, NormalisedRecord b) {
        int order = a.id().compareTo(b.id());
        if (order == 0) {
            return;
        }
        NormalisedRecord first = order < 0 ? a : b;
        NormalisedRecord second = order < 0 ? b : a;
        comparisons++;
        MatchEvidence evidence = scorer.score(first, second, frequencies);
        if (evidence.isDuplicate()) {
            pairs.add(new DuplicatePair(first.id(), second.id(), evidence));
            clusters.join(first.id(), second.id());
        }
    }

    /** @return the first key in key order that both records have and that is not oversized, or null */
    private String firstSharedOrdinaryKey(NormalisedRecord a, NormalisedRecord b) {
        List<String> left = a.keys();
        List<String> right = b.keys();
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            int order = left.get(i).compareTo(right.get(j));
            if (order == 0 && !oversizedKeys.contains(left.get(i))) {
                return left.get(i);
            }
            if (order <= 0) {
                i++;
            }
            if (order >= 0) {
                j++;
            }
        }
        return null;
    }
}
