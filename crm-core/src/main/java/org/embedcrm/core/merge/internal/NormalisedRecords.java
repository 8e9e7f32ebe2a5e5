package org.embedcrm.core.merge.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.merge.MatchRecordId;

/**
 * Normalises records through a bounded cache, since a record comes back in every block of its keys. The cache keeps
 * the most recently used records up to its capacity, and a cached record is reused only for an equal record.
 */
public final class NormalisedRecords {

    /**
     * How many records a search streamed from a store keeps normalised: a page of key rows, or an oversized key's
     * slices, meets the same records again soon; a record's other keys come much later in key order, when it would
     * have left any cache of bounded size anyway.
     */
    public static final int STREAMED_CAPACITY = 10_000;

    private final RecordNormaliser normaliser;
    private final Map<MatchRecordId, Cached> cache;

    /**
     * @param normaliser normalises records missing from the cache; never null
     * @param capacity   the most records kept; at least 1
     */
    public NormalisedRecords(RecordNormaliser normaliser, int capacity) {
        this.normaliser = normaliser;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<MatchRecordId, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * @param record a record; never null
     * @return its normalised values and keys
     */
    public NormalisedRecord of(MatchRecord record) {
        Cached cached = cache.get(record.id());
        if (cached != null && (cached.record() == record || cached.record().equals(record))) {
            return cached.normalised();
        }
        NormalisedRecord normalised = normaliser.normalise(record);
        cache.put(record.id(), new Cached(record, normalised));
        return normalised;
    }

    private record Cached(MatchRecord record, NormalisedRecord normalised) {
    }
}
