package org.embedcrm.io.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.merge.CandidateBlock;
import org.embedcrm.core.merge.DuplicateCandidates;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.merge.MatchRecordId;

/**
 * Match records in memory, filed under their finder's blocking keys, that can change while an import runs: the
 * core's in-memory candidates are fixed once built. Used by one thread.
 */
final class ContactKeyBlocks implements DuplicateCandidates {

    private final DuplicateFinder finder;
    private final Map<MatchRecordId, MatchRecord> records = new HashMap<>();
    private final Map<BlockingKey, Map<MatchRecordId, MatchRecord>> blocks = new HashMap<>();

    /** @param finder the finder whose blocking keys file the records; never null */
    ContactKeyBlocks(DuplicateFinder finder) {
        this.finder = finder;
    }

    DuplicateFinder finder() {
        return finder;
    }

    /** @return the record of that id, or null */
    MatchRecord record(MatchRecordId id) {
        return records.get(id);
    }

    /** @param record a record whose id is not filed; never null */
    void put(MatchRecord record) {
        records.put(record.id(), record);
        for (BlockingKey key : finder.blockingKeys(record)) {
            blocks.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(record.id(), record);
        }
    }

    /** @param id a record's id; nothing happens when none is filed */
    void remove(MatchRecordId id) {
        MatchRecord record = records.remove(id);
        if (record == null) {
            return;
        }
        for (BlockingKey key : finder.blockingKeys(record)) {
            Map<MatchRecordId, MatchRecord> block = blocks.get(key);
            block.remove(id);
            if (block.isEmpty()) {
                blocks.remove(key);
            }
        }
    }

    @Override
    public Stream<CandidateBlock> blocks() {
        return blocks.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new CandidateBlock(e.getKey(), List.copyOf(e.getValue().values())));
    }

    @Override
    public Set<BlockingKey> keysSharedByMoreThan(int count) {
        return blocks.entrySet().stream().filter(e -> e.getValue().size() > count).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<MatchRecord> sharing(BlockingKey key, int limit) {
        Map<MatchRecordId, MatchRecord> block = blocks.get(key);
        return block == null ? List.of() : block.values().stream().limit(limit).toList();
    }
}
