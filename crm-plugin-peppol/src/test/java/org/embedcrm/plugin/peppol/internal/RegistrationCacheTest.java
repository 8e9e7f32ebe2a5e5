package org.embedcrm.plugin.peppol.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.embedcrm.plugin.peppol.testing.SettableClock;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;
import org.embedcrm.spi.einvoicing.RegistrationSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the registration cache")
class RegistrationCacheTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-20T12:00:00Z"));
    private final AtomicInteger asked = new AtomicInteger();
    private final Registry registry = participant -> {
        asked.incrementAndGet();
        return ParticipantRegistration.notRegistered(participant, clock.instant(), RegistrationSource.SMP);
    };

    @Test
    @DisplayName("drops expired answers once it holds too many, and keeps the live ones")
    void pruning() {
        RegistrationCache cache = new RegistrationCache(registry, Duration.ofHours(1), clock);
        for (int i = 0; i < RegistrationCache.PRUNE_ABOVE; i++) {
            cache.find(ParticipantId.iso6523("0088", "old" + i));
        }
        clock.advance(Duration.ofHours(2));
        ParticipantId live = ParticipantId.iso6523("0088", "live");
        cache.find(live);
        int askedBefore = asked.get();

        cache.find(live);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(asked.get()).isEqualTo(askedBefore);
    }

    @Test
    @DisplayName("keeps an answer until exactly its time to live has passed")
    void boundary() {
        RegistrationCache cache = new RegistrationCache(registry, Duration.ofMinutes(10), clock);
        ParticipantId acme = ParticipantId.iso6523("0208", "0428759497");

        cache.find(acme);
        clock.advance(Duration.ofMinutes(10).minusNanos(1));
        cache.find(acme);
        assertThat(asked.get()).isEqualTo(1);

        clock.advance(Duration.ofNanos(1));
        cache.find(acme);
        assertThat(asked.get()).isEqualTo(2);
    }
}
