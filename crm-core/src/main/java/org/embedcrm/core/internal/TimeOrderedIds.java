package org.embedcrm.core.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.embedcrm.core.port.IdGenerator;

/**
 * Generates RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then random bits, so ids sort roughly by
 * creation time and index well. Within one millisecond ids stay strictly increasing.
 */
public final class TimeOrderedIds implements IdGenerator {

    private static final long MAX_SEQUENCE = 0xFFF;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long sequence;

    /** @param clock the clock whose milliseconds lead each id; never null */
    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            sequence = random.nextInt(0x800);
        } else if (sequence < MAX_SEQUENCE) {
            sequence++;
        } else {
            lastMillis++;
            sequence = random.nextInt(0x800);
        }
        long high = (lastMillis << 16) | (0x7L << 12) | sequence;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
