package org.embedcrm.core.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.embedcrm.core.merge.DuplicateCluster;
import org.embedcrm.core.merge.MatchRecordId;

/**
 * Joins duplicate pairs into clusters with a union-find (disjoint-set) structure: path halving and union by size, so
 * that joining n pairs takes near-linear time. Holds only the records that are in some pair.
 */
public final class Clusters {

    private final Map<MatchRecordId, Integer> indexes = new HashMap<>();
    private final List<MatchRecordId> ids = new ArrayList<>();
    private final List<Integer> parents = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();

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
        if (sizes.get(rootA) < sizes.get(rootB)) {
            int swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parents.set(rootB, rootA);
        sizes.set(rootA, sizes.get(rootA) + sizes.get(rootB));
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
            ids.add(key);
            parents.add(ids.size() - 1);
            sizes.add(1);
            return ids.size() - 1;
        });
    }

    private int root(int index) {
        int node = index;
        while (parents.get(node) != node) {
            int grandParent = parents.get(parents.get(node));
            parents.set(node, grandParent);
            node = grandParent;
        }
        return node;
    }
}
