package org.embedcrm.core.merge.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.embedcrm.core.merge.DuplicateCandidates;

/**
 * How common the last names, first names, dates of birth and cities are among the records searched, for
 * term-frequency adjustment: two records agreeing on a surname that few records have are stronger evidence of one
 * person than two agreeing on the commonest one, and two records in a small town than two in the capital. The counts
 * are the sizes of the blocks of the {@code last:} and {@code same:} keys, read from
 * {@link DuplicateCandidates#blockSizes} (one grouped query per prefix in a store), so that they are the same for
 * records in memory and streamed from a store, and rounded to rungs 1, 2, 4, ... {@value #LARGEST_RUNG}: known within
 * a factor of two, which a logarithm needs.
 *
 * <p>An exact agreement on a value shared by {@code c} records gets {@value #POINTS_PER_DOUBLING} points for each
 * halving of {@code c} below the usual count of its kind (the mean count of a value of that kind taken over the
 * records that have it, {@code sum(c * c) / sum(c)}), and loses as many for each doubling above it, at most
 * {@value #MOST_POINTS} either way. A value that no other record has is counted twice, as two agreeing records share
 * it.
 */
public final class ValueFrequencies {

    /** The prefix of the keys of last names' phonetic codes, whose counts adjust agreements on last names. */
    static final String LAST_NAME = "last:";
    /** The prefix shared by the keys of the other values whose counts adjust agreements, read in one query. */
    static final String SAME = "same:";
    /** The prefix of the keys of first names' phonetic codes. */
    static final String FIRST_NAME = SAME + "first:";
    /** The prefix of the keys of dates of birth. */
    static final String DATE_OF_BIRTH = SAME + "dob:";
    /** The prefix of the keys of cities. */
    static final String CITY = SAME + "city:";
    /** Points per halving or doubling of a value's count against the usual count of its kind. */
    static final double POINTS_PER_DOUBLING = 0.5;
    /** The most points an adjustment adds or takes away. */
    static final double MOST_POINTS = 2;
    /** The largest count asked about; a value shared by more records counts as one and a half times as many. */
    static final int LARGEST_RUNG = 4096;

    private static final ValueFrequencies NONE = new ValueFrequencies(Map.of(), Map.of());

    private final Map<String, Double> counts;
    private final Map<String, Double> usualCounts;

    private ValueFrequencies(Map<String, Double> counts, Map<String, Double> usualCounts) {
        this.counts = counts;
        this.usualCounts = usualCounts;
    }

    /** @return frequencies that adjust nothing, for comparing two records alone */
    public static ValueFrequencies none() {
        return NONE;
    }

    /**
     * @param candidates the records searched; never null
     * @return how often each last name's and first name's code, each date of birth and each city occurs among them
     */
    public static ValueFrequencies of(DuplicateCandidates candidates) {
        Map<String, Double> counts = new HashMap<>();
        for (String prefix : List.of(LAST_NAME, SAME)) {
            candidates.blockSizes(prefix).forEach((key, size) -> counts.put(key.value(), estimate(size)));
        }
        Map<String, double[]> sums = new HashMap<>();
        counts.forEach((key, count) -> {
            double[] sum = sums.computeIfAbsent(kind(key), k -> new double[2]);
            sum[0] += count * count;
            sum[1] += count;
        });
        Map<String, Double> usual = new HashMap<>();
        sums.forEach((kind, sum) -> usual.put(kind, sum[0] / sum[1]));
        return new ValueFrequencies(Map.copyOf(counts), Map.copyOf(usual));
    }

    /**
     * @param key a {@code last:} or {@code same:} key both compared records have; never null
     * @return the points to add to their exact agreement on that value: positive when it is rarer than usual, zero
     *     when nothing is known of its kind
     */
    double adjustment(String key) {
        Double usual = usualCounts.get(kind(key));
        if (usual == null) {
            return 0;
        }
        double count = counts.getOrDefault(key, 2.0);
        double points = POINTS_PER_DOUBLING * Math.log(usual / count) / Math.log(2);
        return Math.max(-MOST_POINTS, Math.min(MOST_POINTS, points));
    }

    /**
     * @param size how many records share a value, at least 2
     * @return the count a search knows within a factor of two: 2 for 2, else one and a half times the largest rung
     *     (1, 2, 4, ... {@value #LARGEST_RUNG}) it exceeds
     */
    static double estimate(int size) {
        int rung = 1;
        while (rung < LARGEST_RUNG && size > rung * 2) {
            rung *= 2;
        }
        return rung == 1 ? 2 : 1.5 * rung;
    }

    private static String kind(String key) {
        return key.substring(0, key.lastIndexOf(':') + 1);
    }
}
