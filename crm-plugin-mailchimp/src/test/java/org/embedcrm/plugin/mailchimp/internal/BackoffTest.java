package org.embedcrm.plugin.mailchimp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the backoff between retries")
class BackoffTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    @DisplayName("doubles its ceiling at each retry and stops at the maximum")
    void growsExponentiallyUpToTheMaximum() {
        Backoff longest = new Backoff(SECOND, MINUTE, () -> 0.999_999);

        assertThat(longest.delayBefore(1)).isEqualTo(Duration.ofMillis(999));
        assertThat(longest.delayBefore(2)).isEqualTo(Duration.ofMillis(1999));
        assertThat(longest.delayBefore(3)).isEqualTo(Duration.ofMillis(3999));
        assertThat(longest.delayBefore(7)).isEqualTo(Duration.ofMillis(59_999));
        assertThat(longest.delayBefore(40)).isEqualTo(Duration.ofMillis(59_999));
    }

    @Test
    @DisplayName("always waits between half and all of the ceiling, whatever the jitter draws")
    void jitterStaysWithinBounds() {
        qt().forAll(integers().between(1, 60), doubles().between(0, 0.999_999)).checkAssert((retry, draw) -> {
            long ceiling = Math.min(MINUTE.toMillis(), SECOND.toMillis() << Math.min(retry - 1, 20));
            Duration delay = new Backoff(SECOND, MINUTE, () -> draw).delayBefore(retry);
            assertThat(delay.toMillis()).isBetween(ceiling / 2, ceiling);
        });
    }

    @Test
    @DisplayName("refuses a zero initial delay, a maximum below it and retries counted from 0")
    void refusesNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, MINUTE, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(MINUTE, SECOND, () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(SECOND, MINUTE, () -> 0).delayBefore(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
