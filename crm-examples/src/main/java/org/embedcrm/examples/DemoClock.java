package org.embedcrm.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock the quickstart moves by hand, so a week of sales work replays in a second and prints the same dates on
 * every run. A host passes its own {@link Clock} to {@code Crm.builder().clock(...)} the same way.
 */
final class DemoClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    private DemoClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /**
     * @param start the instant it shows first; never null
     * @return a clock in UTC standing at {@code start}
     */
    static DemoClock startingAt(Instant start) {
        return new DemoClock(Objects.requireNonNull(start, "start"), ZoneOffset.UTC);
    }

    /** @param amount how far to move it forward; never null */
    void advance(Duration amount) {
        now = now.plus(amount);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new DemoClock(now, newZone);
    }
}
