package org.embedcrm.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long an outbox entry is retried: exponential backoff from {@code firstDelay}, doubling up to
 * {@code maxDelay}, dead after {@code maxAttempts} attempts.
 *
 * @param maxAttempts attempts before an entry is dead, 1 to 100
 * @param firstDelay  the wait after the first failure; positive; never null
 * @param maxDelay    the longest wait; not shorter than {@code firstDelay}; never null
 * @param lease       how long a dispatcher holds an entry it claimed; positive; never null
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration lease) {

    /**
     * 8 attempts, 30 seconds doubling up to 1 hour (about 64 minutes from the first failure to giving up), and
     * 20-minute leases, longer than a plugin's own retries of one delivery may take.
     */
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofMinutes(20));

    /** Rejects values out of range. */
    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(lease, "lease");
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 100: " + maxAttempts);
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be positive and maxDelay at least firstDelay");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
    }

    /**
     * @param attempts the attempts made so far, at least 1
     * @return the wait before the next attempt
     */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * @param attempts the attempts made so far
     * @return whether no attempt is left
     */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
