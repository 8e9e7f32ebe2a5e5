package org.embedcrm.core.merge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records with their ground truth: which real contact or organisation each one is. Used to measure how many of the
 * reported duplicates are right (precision) and how many of the true duplicates are reported (recall).
 *
 * @param name     the data set's name, for reports
 * @param records  the records, without their truth
 * @param truth    each record's true entity, by record id
 * @param criteria the criteria a user would choose for the fields these records have
 */
public record LabelledDataSet(String name, List<MatchRecord> records, Map<MatchRecordId, String> truth,
                              DuplicateCriteria criteria) {

    /** @return the number of pairs of records that are the same entity */
    public long truePairs() {
        return truth.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    /**
     * @param pairs the pairs a finder reported
     * @return their precision and recall against the truth
     */
    public Accuracy ofPairs(List<DuplicatePair> pairs) {
        long right = pairs.stream().filter(pair -> truth.get(pair.first()).equals(truth.get(pair.second()))).count();
        return new Accuracy(pairs.size(), right, truePairs());
    }

    /**
     * @param clusters the clusters a finder reported
     * @return the precision and recall of every pair within them against the truth
     */
    public Accuracy ofClusters(List<DuplicateCluster> clusters) {
        long reported = 0;
        long right = 0;
        for (DuplicateCluster cluster : clusters) {
            reported += cluster.pairCount();
            right += cluster.members().stream().collect(Collectors.groupingBy(truth::get, Collectors.counting()))
                    .values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        }
        return new Accuracy(reported, right, truePairs());
    }

    /**
     * Precision and recall of reported duplicate pairs.
     *
     * @param reported the pairs reported
     * @param right    the reported pairs that are truly the same entity
     * @param truth    the pairs that are truly the same entity
     */
    public record Accuracy(long reported, long right, long truth) {

        /** @return the share of reported pairs that are right; 1 when none were reported */
        public double precision() {
            return reported == 0 ? 1 : (double) right / reported;
        }

        /** @return the share of true pairs that were reported; 1 when there are none */
        public double recall() {
            return truth == 0 ? 1 : (double) right / truth;
        }
    }
}
