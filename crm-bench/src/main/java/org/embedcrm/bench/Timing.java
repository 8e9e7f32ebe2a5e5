package org.embedcrm.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The median and the fastest of {@value #RUNS} timed runs of an action, after {@value #WARM_UPS} untimed ones that
 * let the JIT compile and PostgreSQL cache the pages the action reads.
 *
 * @param medianMs the median run, in milliseconds
 * @param minMs    the fastest run, in milliseconds
 */
record Timing(double medianMs, double minMs) {

    static final int WARM_UPS = 3;
    static final int RUNS = 10;

    /**
     * @param action what to time; its result is ignored
     * @return its timing
     * @throws Exception what the action throws
     */
    static Timing of(Callable<?> action) throws Exception {
        for (int i = 0; i < WARM_UPS; i++) {
            action.call();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.call();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = (nanos[(RUNS - 1) / 2] + nanos[RUNS / 2]) / 2.0;
        return new Timing(median / 1e6, nanos[0] / 1e6);
    }
}
