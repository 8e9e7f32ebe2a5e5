package org.embedcrm.core.merge.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.merge.CandidateBlock;
import org.embedcrm.core.merge.DuplicateCandidates;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.merge.MatchRecordId;

/** Candidates held in memory: an index from each blocking key to the records that have it. */
public final class InMemoryDuplicateCandidates implements DuplicateCandidates {

    private final Map<BlockingKey, List<MatchRecord>> index;

    /**
     * @param records the records; never null, no two with the same id
     * @param keys    gives each record's blocking keys; never null
     * @throws ValidationException when two records have the same id
     */
    public InMemoryDuplicateCandidates(Collection<MatchRecord> records, Function<MatchRecord, Set<BlockingKey>> keys) {
        Set<MatchRecordId> ids = new HashSet<>();
        Map<BlockingKey, List<MatchRecord>> byKey = new HashMap<>();
        for (MatchRecord record : records) {
            if (!ids.add(record.id())) {
                throw ValidationException.of("id", "match.id.repeated", "two records have the id " + record.id());
            }
            keys.apply(record).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(record));
        }
        this.index = byKey;
    }

    @Override
    public Stream<CandidateBlock> blocks() {
        return index.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .map(entry -> new CandidateBlock(entry.getKey(), entry.getValue()));
    }

    @Override
    public Set<BlockingKey> keysSharedByMoreThan(int count) {
        return index.entrySet().stream().filter(entry -> entry.getValue().size() > count).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<BlockingKey, Integer> blockSizes(String prefix) {
        return index.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1 && entry.getKey().value().startsWith(prefix))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().size()));
    }

    @Override
    public List<MatchRecord> sharing(BlockingKey key, int limit) {
        List<MatchRecord> records = index.getOrDefault(key, List.of());
        return List.copyOf(records.subList(0, Math.min(limit, records.size())));
    }
}
