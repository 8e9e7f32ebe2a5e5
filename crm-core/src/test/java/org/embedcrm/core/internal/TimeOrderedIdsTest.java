package org.embedcrm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("time-ordered ids")
class TimeOrderedIdsTest {

    @Test
    @DisplayName("are version 7 UUIDs carrying the clock's milliseconds")
    void version7() {
        Instant now = Instant.parse("2026-03-02T09:00:00.123Z");
        UUID id = new TimeOrderedIds(Clock.fixed(now, ZoneOffset.UTC)).next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    }

    @Test
    @DisplayName("are unique and strictly increasing even within one millisecond")
    void monotonic() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
        List<UUID> drawn = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            drawn.add(ids.next());
        }

        assertThat(new HashSet<>(drawn)).hasSize(drawn.size());
        for (int i = 1; i < drawn.size(); i++) {
            assertThat(Long.compareUnsigned(drawn.get(i).getMostSignificantBits(),
                    drawn.get(i - 1).getMostSignificantBits())).isPositive();
        }
    }
}
