package org.embedcrm.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.embedcrm.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Money")
class MoneyTest {

    @Test
    @DisplayName("equal amounts are equal whatever their scale")
    void scaleInsensitive() {
        assertThat(Money.of("10.5", "EUR")).isEqualTo(Money.of("10.5000", "eur"));
        assertThat(Money.of("10.5", "EUR")).hasSameHashCodeAs(Money.of("10.50", "EUR"));
        assertThat(Money.of("10.5", "EUR")).isNotEqualTo(Money.of("10.5", "USD"));
    }

    @Test
    @DisplayName("adding is exact, commutative and associative for amounts of one currency")
    void additionLaws() {
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(-1_000_000_000L, 1_000_000_000L),
                longs().between(-1_000_000_000L, 1_000_000_000L)).checkAssert((a, b, c) -> {
                    Money x = Money.of(BigDecimal.valueOf(a, 4), Money.currency("EUR"));
                    Money y = Money.of(BigDecimal.valueOf(b, 4), Money.currency("EUR"));
                    Money z = Money.of(BigDecimal.valueOf(c, 4), Money.currency("EUR"));
                    assertThat(x.plus(y)).isEqualTo(y.plus(x));
                    assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
                    assertThat(x.plus(y).amount()).isEqualByComparingTo(BigDecimal.valueOf(a + b, 4));
                });
    }

    @Test
    @DisplayName("refuses more than four decimals, unknown currencies, text that is no number and adding currencies")
    void refusesInvalid() {
        assertThatThrownBy(() -> Money.of("1.00001", "EUR")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("decimals");
        assertThatThrownBy(() -> Money.of("1", "EURO")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("ISO-4217");
        assertThatThrownBy(() -> Money.of("one", "EUR")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Money.of("1e20", "EUR")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("prints at least two decimals and the currency code")
    void printing() {
        assertThat(Money.of("1250", "EUR")).hasToString("1250.00 EUR");
        assertThat(Money.of("0.125", "USD")).hasToString("0.125 USD");
    }
}
