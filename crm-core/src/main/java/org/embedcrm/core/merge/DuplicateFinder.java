package org.embedcrm.core.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.embedcrm.core.merge.internal.BlockSearch;
import org.embedcrm.core.merge.internal.InMemoryDuplicateCandidates;
import org.embedcrm.core.merge.internal.NormalisedRecord;
import org.embedcrm.core.merge.internal.NormalisedRecords;
import org.embedcrm.core.merge.internal.PairScorer;
import org.embedcrm.core.merge.internal.RecordNormaliser;
import org.embedcrm.core.merge.internal.ValueFrequencies;

/**
 * Finds duplicate records by the rules of one {@link DuplicateCriteria}: normalises each record, compares only records
 * that share a {@link BlockingKey}, scores each such pair once and joins the duplicates into clusters. The work grows
 * with the number of records times the size of their blocks, never with all pairs: blocks larger than the criteria's
 * maximum are compared in sorted windows, which a store may hand over in slices.
 *
 * <p>A finder holds no state between calls and may be shared between threads.
 */
public final class DuplicateFinder {

    private static final Comparator<DuplicatePair> BEST_FIRST = Comparator.comparingDouble(DuplicatePair::score)
            .reversed().thenComparing(DuplicatePair::first).thenComparing(DuplicatePair::second);

    private final DuplicateCriteria criteria;
    private final RecordNormaliser normaliser;
    private final PairScorer scorer;

    private DuplicateFinder(DuplicateCriteria criteria) {
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.normaliser = new RecordNormaliser(criteria.fields(), criteria.defaultRegion());
        this.scorer = new PairScorer(criteria);
    }

    /**
     * @param criteria what makes two records duplicates; never null
     * @return a finder applying them
     */
    public static DuplicateFinder of(DuplicateCriteria criteria) {
        return new DuplicateFinder(criteria);
    }

    /** @return the criteria this finder applies */
    public DuplicateCriteria criteria() {
        return criteria;
    }

    /**
     * The keys under which a store files a record for {@link DuplicateCandidates}; they depend on the criteria's
     * fields and default region.
     *
     * @param record the record; never null
     * @return its blocking keys, sorted; empty when it has nothing to compare by
     */
    public Set<BlockingKey> blockingKeys(MatchRecord record) {
        return keys(normaliser.normalise(record));
    }

    /**
     * The order in which a store hands over the records of an oversized block in slices (see
     * {@link DuplicateCandidates#blocks()}): by this text, as {@link String#compareTo} orders it. It is unique per
     * record, has at most 332 characters (a UUID-identified record's at most 168) and no NUL character.
     *
     * @param record the record; never null
     * @return its position in every oversized block
     */
    public String sortKey(MatchRecord record) {
        return RecordNormaliser.sortKey(record);
    }

    /**
     * Compares two records on every weighed field, whether or not they share a blocking key. With no other records to
     * tell how common their values are, every value weighs alike: a search among many records ({@code find}) also
     * weighs an agreement on a rare name, date of birth or town more than one on a common value.
     *
     * @param a one record; never null
     * @param b the other record; never null
     * @return how they compare; the score is the same whichever comes first
     */
    public MatchEvidence compare(MatchRecord a, MatchRecord b) {
        return scorer.score(normaliser.normalise(a), normaliser.normalise(b), ValueFrequencies.none());
    }

    /**
     * Searches records held in memory. How common each last name and date of birth is among them adjusts the points of
     * an agreement on it, so that the same records give the same report in memory and streamed from a store.
     *
     * @param records the records; never null, no two with the same id
     * @return the duplicate pairs and clusters among them
     */
    public DuplicateReport find(Iterable<MatchRecord> records) {
        List<MatchRecord> all = new ArrayList<>();
        records.forEach(all::add);
        NormalisedRecords normalised = new NormalisedRecords(normaliser,
                Math.max(1, all.size()));
        List<DuplicatePair> pairs = new ArrayList<>();
        DuplicateSweep sweep = search(new InMemoryDuplicateCandidates(all, record -> keys(normalised.of(record))),
                normalised, pairs::add);
        return report(pairs, sweep);
    }

    /**
     * Searches records block by block, as a store streams them; memory holds one block (or one slice of an oversized
     * block), the keys of the oversized blocks and the pairs found, each with its evidence (about a kilobyte): for
     * very many records, {@link #sweep} keeps no pairs.
     *
     * @param candidates where the records come from, filed under this finder's blocking keys; never null
     * @return the duplicate pairs and clusters among them
     */
    public DuplicateReport find(DuplicateCandidates candidates) {
        List<DuplicatePair> pairs = new ArrayList<>();
        return report(pairs, sweep(candidates, pairs::add));
    }

    /**
     * Searches as {@link #find(DuplicateCandidates)} does, but hands each pair to the caller as soon as it is found
     * and keeps only the ids of the records paired, for their clusters: memory stays bounded by one block and the
     * clusters, however many pairs there are, e.g. to write a million contacts' duplicates to a review table.
     *
     * @param candidates where the records come from, filed under this finder's blocking keys; never null
     * @param pairs      takes each pair found, once, in the order found, the lower record id first; never null
     * @return how many pairs were found, their clusters and the number of pairs scored
     */
    public DuplicateSweep sweep(DuplicateCandidates candidates, Consumer<DuplicatePair> pairs) {
        Objects.requireNonNull(pairs, "pairs");
        return search(candidates, new NormalisedRecords(normaliser, NormalisedRecords.STREAMED_CAPACITY), pairs);
    }

    private DuplicateSweep search(DuplicateCandidates candidates, NormalisedRecords normalised,
                                  Consumer<DuplicatePair> pairs) {
        BlockSearch search = new BlockSearch(normalised, scorer, ValueFrequencies.of(candidates),
                candidates.keysSharedByMoreThan(criteria.maxBlockSize()), criteria, pairs);
        try (Stream<CandidateBlock> blocks = candidates.blocks()) {
            blocks.forEach(search::search);
        }
        return search.sweep();
    }

    private static DuplicateReport report(List<DuplicatePair> pairs, DuplicateSweep sweep) {
        return new DuplicateReport(pairs.stream().sorted(BEST_FIRST).toList(), sweep.clusters(),
                sweep.comparisons());
    }

    private static Set<BlockingKey> keys(NormalisedRecord record) {
        return record.keys().stream().map(BlockingKey::of).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Checks one record, new or changed, against those known: the call to make on create and import. For each of its
     * blocking keys at most the criteria's maximum block size of candidates are read. Every value weighs alike, as in
     * {@link #compare}.
     *
     * @param record     the record to check; never null
     * @param candidates the records it may duplicate; never null. A candidate with the record's own id is skipped
     * @return its duplicates, each pair with {@code record} first, best score first; empty when there are none
     */
    public List<DuplicatePair> duplicatesOf(MatchRecord record, DuplicateCandidates candidates) {
        NormalisedRecord checked = normaliser.normalise(record);
        Map<MatchRecordId, MatchRecord> others = new LinkedHashMap<>();
        for (String key : checked.keys()) {
            for (MatchRecord candidate : candidates.sharing(BlockingKey.of(key), criteria.maxBlockSize())) {
                if (!candidate.id().equals(record.id())) {
                    others.putIfAbsent(candidate.id(), candidate);
                }
            }
        }
        return others.values().stream()
                .map(other -> new DuplicatePair(record.id(), other.id(),
                        scorer.score(checked, normaliser.normalise(other), ValueFrequencies.none())))
                .filter(pair -> pair.evidence().isDuplicate())
                .sorted(Comparator.comparingDouble(DuplicatePair::score).reversed()
                        .thenComparing(DuplicatePair::second))
                .toList();
    }
}
