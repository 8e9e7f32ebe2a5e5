package org.embedcrm.core.merge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.embedcrm.core.merge.internal.InMemoryDuplicateCandidates;

/**
 * Where a {@link DuplicateFinder} gets the records it compares: by blocking key, so that it never needs all records at
 * once. A store keeps the keys that {@link DuplicateFinder#blockingKeys(MatchRecord)} gives for each record (computed
 * when the record is written) and answers from them; the in-memory implementation indexes a collection.
 *
 * <p>Implementations are used by one thread at a time.
 */
public interface DuplicateCandidates {

    /**
     * Every key shared by two or more records, each with its records, in any order. A store streams them one block at
     * a time, so that memory holds one block rather than every record; the caller closes the stream.
     *
     * <p>A key of {@link #keysSharedByMoreThan} the finder's maximum block size may come whole, its records in any
     * order, or in slices: consecutive blocks of that key which together hold each of its records once, in the order
     * of {@link DuplicateFinder#sortKey}. A store uses slices so that memory never holds a very common key's records.
     *
     * @return the blocks; never null
     */
    Stream<CandidateBlock> blocks();

    /**
     * The keys too common to compare all their records pairwise, such as a frequent surname's code in a large
     * database. The finder compares those blocks' records only with their neighbours in sort-key order.
     *
     * @param count the largest block compared pairwise; at least 2
     * @return the keys shared by more than {@code count} records; never null
     */
    Set<BlockingKey> keysSharedByMoreThan(int count);

    /**
     * How many records share each key of one kind, for weighing a rare name, date of birth or town more than a common
     * one. The default reads every block, adding up the slices of a key; a store answers with one grouped query
     * instead.
     *
     * @param prefix the kind of keys, e.g. {@code "last:"}; never null
     * @return for each key starting with {@code prefix} that two or more records share, how many share it; never null
     */
    default Map<BlockingKey, Integer> blockSizes(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        try (Stream<CandidateBlock> blocks = blocks()) {
            return blocks.filter(block -> block.key().value().startsWith(prefix))
                    .collect(Collectors.toUnmodifiableMap(CandidateBlock::key, block -> block.records().size(),
                            Integer::sum));
        }
    }

    /**
     * The records that have one key, for checking one record against those already known.
     *
     * @param key   the key; never null
     * @param limit the most records to return; at least 1
     * @return at most {@code limit} records having that key, in any order; never null
     */
    List<MatchRecord> sharing(BlockingKey key, int limit);

    /**
     * @param records the records to search; never null, and no two with the same id
     * @param finder  the finder whose blocking keys index them; never null
     * @return candidates held in memory, indexed by every record's blocking keys
     */
    static DuplicateCandidates inMemory(Collection<MatchRecord> records, DuplicateFinder finder) {
        return new InMemoryDuplicateCandidates(records, finder::blockingKeys);
    }
}
