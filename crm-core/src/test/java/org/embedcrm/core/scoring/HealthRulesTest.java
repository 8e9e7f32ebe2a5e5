package org.embedcrm.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.spi.scoring.ContractValue;
import org.embedcrm.spi.scoring.PaymentHistory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the health score's rules")
class HealthRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final ContactId CUSTOMER = new ContactId(UUID.randomUUID());

    private static HealthScore score(int daysAgo, int onTime, int overdue, int amount, int tickets) {
        return HealthRules.score(TenantId.of("acme"), CUSTOMER, NOW,
                daysAgo < 0 ? Optional.empty() : Optional.of(NOW.minus(Duration.ofDays(daysAgo))),
                Optional.of(new PaymentHistory(onTime, overdue)),
                Optional.of(new ContractValue(BigDecimal.valueOf(amount), "EUR")), OptionalInt.of(tickets));
    }

    @Test
    @DisplayName("any inputs give a score from 0 to 100 in its band, with one factor of each kind")
    void bounded() {
        qt().forAll(integers().between(-1, 400), integers().between(0, 50), integers().between(0, 50),
                        integers().between(0, 10_000_000))
                .checkAssert((days, onTime, overdue, amount) -> {
                    HealthScore s = score(days, onTime, overdue, amount, Math.floorMod(amount, 31));
                    assertThat(s.score()).isBetween(0, 100);
                    assertThat(s.band()).isEqualTo(HealthBand.of(s.score()));
                    assertThat(s.factors()).extracting(FactorScore::factor).containsExactly(HealthFactor.values());
                });
    }

    @Test
    @DisplayName("a more recent interaction, fewer overdue invoices or fewer tickets never lower the score")
    void monotonic() {
        qt().forAll(integers().between(0, 300), integers().between(0, 20), integers().between(0, 10))
                .checkAssert((days, overdue, tickets) -> {
                    int base = score(days + 1, 5, overdue + 1, 1000, tickets + 1).score();
                    assertThat(score(days, 5, overdue + 1, 1000, tickets + 1).score()).isGreaterThanOrEqualTo(base);
                    assertThat(score(days + 1, 5, overdue, 1000, tickets + 1).score()).isGreaterThanOrEqualTo(base);
                    assertThat(score(days + 1, 5, overdue + 1, 1000, tickets).score()).isGreaterThanOrEqualTo(base);
                });
    }

    @Test
    @DisplayName("the weights add up to 100 and the bands cut at 40 and 70")
    void weightsAndBands() {
        assertThat(java.util.Arrays.stream(HealthFactor.values()).mapToInt(HealthFactor::weight).sum()).isEqualTo(100);
        assertThat(HealthBand.of(71)).isEqualTo(HealthBand.HEALTHY);
        assertThat(HealthBand.of(70)).isEqualTo(HealthBand.WATCH);
        assertThat(HealthBand.of(40)).isEqualTo(HealthBand.WATCH);
        assertThat(HealthBand.of(39)).isEqualTo(HealthBand.AT_RISK);
        assertThat(HealthRules.contracts(Optional.of(new ContractValue(BigDecimal.ZERO, "EUR"))).score()).isZero();
        assertThat(HealthRules.payments(Optional.of(new PaymentHistory(0, 0))).neutral()).isTrue();
    }
}
