package org.embedcrm.core.merge;

import java.util.List;

/**
 * Records that are all one contact, lead or organisation: duplicate pairs joined transitively, so that when A matches
 * B and B matches C, A, B and C form one cluster even if A and C were never compared. Only the pairs that share a
 * strong key or score the criteria's cluster margin above the threshold join (see
 * {@link DuplicateCriteria#joinsCluster}).
 *
 * @param members the records, sorted by id, at least two and each once; never null
 */
public record DuplicateCluster(List<MatchRecordId> members) {

    /** Sorts the members and rejects fewer than two or repeated ones. */
    public DuplicateCluster {
        members = members.stream().sorted().toList();
        if (members.size() < 2 || members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("a cluster has at least two distinct records: " + members);
        }
    }

    /** @return the number of records in the cluster */
    public int size() {
        return members.size();
    }

    /** @return the number of distinct pairs of records within the cluster */
    public long pairCount() {
        return (long) members.size() * (members.size() - 1) / 2;
    }
}
