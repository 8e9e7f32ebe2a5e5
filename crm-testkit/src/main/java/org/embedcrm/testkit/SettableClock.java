package org.embedcrm.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A clock that stands still until a test moves it; safe to share between threads. */
public final class SettableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    /**
     * @param start the instant it shows first; never null
     * @param zone  its zone, which decides what "today" is; never null
     */
    public SettableClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** @return a clock showing 2026-03-02T09:00:00Z (a Monday) in UTC */
    public static SettableClock startingMonday() {
        return new SettableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    }

    /** @param amount how far to move forward; never null */
    public void advance(Duration amount) {
        now = now.plus(amount);
    }

    /** @param instant what it shows from now on; never null */
    public void setTo(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
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
        return new SettableClock(now, newZone);
    }
}
