package org.embedcrm.core.merge;

import java.util.List;
import java.util.Objects;

/**
 * The records that share one blocking key: the unit of work of a search for duplicates.
 *
 * @param key     the key they share; never null
 * @param records the records, each once; never null
 */
public record CandidateBlock(BlockingKey key, List<MatchRecord> records) {

    /** Copies the records and rejects nulls. */
    public CandidateBlock {
        Objects.requireNonNull(key, "key");
        records = List.copyOf(records);
    }
}
