package org.embedcrm.plugin.mailchimp.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before retrying a call that Mailchimp throttled or failed: exponential growth from an initial
 * delay, capped, with random jitter so that many clients do not retry in step. The API sends no
 * {@code Retry-After}, so the client must choose on its own. Each delay lies between half and all of
 * {@code min(max, initial * 2^(retry - 1))}.
 *
 * @param initial the delay ceiling before the first retry; positive
 * @param max     the largest delay ceiling; at least {@code initial}
 * @param jitter  supplies numbers in {@code [0, 1)}; never null
 */
record Backoff(Duration initial, Duration max, DoubleSupplier jitter) {

    Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("the backoff needs 0 < initial <= max: " + initial + ", " + max);
        }
        Objects.requireNonNull(jitter, "jitter");
    }

    /**
     * @param retry which retry is next, 1 for the first
     * @return how long to wait before it; never null
     */
    Duration delayBefore(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries count from 1: " + retry);
        }
        long ceiling = initial.toMillis();
        for (int i = 1; i < retry && ceiling < max.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, max.toMillis());
        return Duration.ofMillis(ceiling / 2 + (long) (jitter.getAsDouble() * (ceiling - ceiling / 2)));
    }
}
