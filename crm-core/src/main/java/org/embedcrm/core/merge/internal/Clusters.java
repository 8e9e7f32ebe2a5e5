package org.embedcrm.core.merge.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.embedcrm.core.merge.DuplicateCluster;
import org.embedcrm.core.merge.MatchRecordId;

/**
 * Joins duplicate pairs into clusters with a union-find (disjoint-set) structure: path halving and union by size, so
 * that joining n pairs takes near-linear time. Holds only the records that are in some pair: each record's id, its
 * index and two {@code int}s.
 */
public final class Clusters {

    private final Map<MatchRecordId, Integer> indexes = new HashMap<>();
    private final List<MatchRecordId> ids = new ArrayList<>();
    private int[] parents = new int[16];
    private int[] sizes = new int[16];

    /**
     * @param a one record of a duplicate pair; never null
     * @param b the other; never null
     */
    public void join(MatchRecordId a, MatchRecordId b) {
        int rootA = root(index(a));
        int rootB = root(index(b));
        if (rootA == rootB) {
            return;
        }
        if (sizes[rootA] < sizes[rootB]) {
            int swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parents[rootB] = rootA;
        sizes[rootA] += sizes[rootB];
    }

    /** @return the clusters, largest first, then by their first member */
    public List<DuplicateCluster> clusters() {
        Map<Integer, List<MatchRecordId>> members = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            members.computeIfAbsent(root(i), root -> new ArrayList<>()).add(ids.get(i));
        }
        return members.values().stream().map(DuplicateCluster::new)
                .sorted(Comparator.comparingInt(DuplicateCluster::size).reversed()
                        .thenComparing(cluster -> cluster.members().get(0)))
                .toList();
    }

    private int index(MatchRecordId id) {
        return indexes.computeIfAbsent(id, key -> {
            int index = ids.size();
            if (index == parents.length) {
                parents = Arrays.copyOf(parents, index * 2);
                sizes = Arrays.copyOf(sizes, index * 2);
            }
            ids.add(key);
            parents[index] = index;
            sizes[index] = 1;
            return index;
        });
    }

    private int root(int index) {
        int node = index;
        while (parents[node] != node) {
            int grandParent = parents[parents[node]];
            parents[node] = grandParent;
            node = grandParent;
        }
        return node;
    }
}
