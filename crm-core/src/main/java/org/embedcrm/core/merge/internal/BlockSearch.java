package org.embedcrm.core.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.merge.CandidateBlock;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicatePair;
import org.embedcrm.core.merge.DuplicateSweep;
import org.embedcrm.core.merge.MatchEvidence;

/**
 * One search for duplicates, fed block by block. Each candidate pair is scored once however many keys its records
 * share, by a rule that needs no memory of the pairs already scored: in a block of ordinary size, a pair is scored
 * only when the block's key is the first (in key order) ordinary key the two records share. An oversized block is
 * sorted by {@link NormalisedRecord#sortKey()} and each record compared with its next neighbours only; such a pair is
 * scored there only when the records share no ordinary key (else it is scored in that block) and the block's key is
 * the first oversized key they share.
 *
 * <p>An oversized block may come as several consecutive blocks of the same key, its slices, in sort order: the last
 * records of one slice are compared with the first of the next. Memory holds one block (or slice), the keys of the
 * oversized blocks and the ids of the records paired; each pair found goes to a consumer.
 */
public final class BlockSearch {

    private final NormalisedRecords normaliser;
    private final PairScorer scorer;
    private final ValueFrequencies frequencies;
    private final Set<String> oversizedKeys = new HashSet<>();
    private final DuplicateCriteria criteria;
    private final Consumer<DuplicatePair> found;
    private final Clusters clusters = new Clusters();
    private long pairs;
    private String windowKey;
    private List<NormalisedRecord> windowTail = List.of();
    private long comparisons;

    /**
     * @param normaliser    normalises each block's records; never null
     * @param scorer        scores pairs; never null
     * @param frequencies   how common values are among the records searched; never null
     * @param oversizedKeys the keys of blocks larger than the criteria's maximum block size; never null
     * @param criteria      the largest block compared pairwise, the neighbours each record of a larger one is compared
     *                      with, and which pairs join clusters; never null
     * @param found         takes each pair found, once; never null
     */
    public BlockSearch(NormalisedRecords normaliser, PairScorer scorer, ValueFrequencies frequencies,
                       Set<BlockingKey> oversizedKeys, DuplicateCriteria criteria, Consumer<DuplicatePair> found) {
        this.normaliser = normaliser;
        this.scorer = scorer;
        this.frequencies = frequencies;
        oversizedKeys.forEach(key -> this.oversizedKeys.add(key.value()));
        this.criteria = criteria;
        this.found = found;
    }

    /** @param block the next block, or the next slice of an oversized block; never null */
    public void search(CandidateBlock block) {
        List<NormalisedRecord> records = block.records().stream().map(normaliser::of).toList();
        String key = block.key().value();
        if (records.size() <= criteria.maxBlockSize() && !oversizedKeys.contains(key)) {
            windowKey = null;
            windowTail = List.of();
            for (int i = 0; i < records.size(); i++) {
                for (int j = i + 1; j < records.size(); j++) {
                    if (key.equals(firstSharedKey(records.get(i), records.get(j), false))) {
                        compare(records.get(i), records.get(j));
                    }
                }
            }
        } else {
            searchWindows(key, records);
        }
    }

    /** @return how many pairs were found so far, their clusters and the number of pairs scored */
    public DuplicateSweep sweep() {
        return new DuplicateSweep(pairs, clusters.clusters(), comparisons);
    }

    private void searchWindows(String key, List<NormalisedRecord> records) {
        List<NormalisedRecord> sorted = new ArrayList<>(key.equals(windowKey) ? windowTail : List.of());
        int carried = sorted.size();
        records.stream().sorted(Comparator.comparing(NormalisedRecord::sortKey)).forEach(sorted::add);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = Math.max(i + 1, carried); j <= i + criteria.window() && j < sorted.size(); j++) {
                NormalisedRecord a = sorted.get(i);
                NormalisedRecord b = sorted.get(j);
                if (firstSharedKey(a, b, false) == null && key.equals(firstSharedKey(a, b, true))) {
                    compare(a, b);
                }
            }
        }
        windowKey = key;
        windowTail = List.copyOf(sorted.subList(Math.max(0, sorted.size() - criteria.window()), sorted.size()));
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
            pairs++;
            if (criteria.joinsCluster(evidence)) {
                clusters.join(first.id(), second.id());
            }
            found.accept(new DuplicatePair(first.id(), second.id(), evidence));
        }
    }

    /** @return the first key in key order that both records have and that is oversized or not as asked, or null */
    private String firstSharedKey(NormalisedRecord a, NormalisedRecord b, boolean oversized) {
        List<String> left = a.keys();
        List<String> right = b.keys();
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            int order = left.get(i).compareTo(right.get(j));
            if (order == 0 && oversizedKeys.contains(left.get(i)) == oversized) {
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
