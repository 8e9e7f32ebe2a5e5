package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.embedcrm.core.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("money written for people")
class MoneyFormatTest {

    @Test
    @DisplayName("groups thousands and shows the currency's usual decimals, whatever the machine's locale")
    void usualDecimals() {
        assertThat(MoneyFormat.format(Money.of("48000", "EUR"))).isEqualTo("48,000.00 EUR");
        assertThat(MoneyFormat.format(Money.of("1250000", "JPY"))).isEqualTo("1,250,000 JPY");
        assertThat(MoneyFormat.format(Money.of("0", "USD"))).isEqualTo("0.00 USD");
    }

    @Test
    @DisplayName("never rounds away decimals the amount has, and writes a missing amount as a dash")
    void keepsPrecision() {
        assertThat(MoneyFormat.format(Money.of("10.1234", "EUR"))).isEqualTo("10.1234 EUR");
        assertThat(MoneyFormat.format(null)).isEqualTo("-");
    }
}
