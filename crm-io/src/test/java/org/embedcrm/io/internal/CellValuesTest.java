package org.embedcrm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("cell values")
class CellValuesTest {

    @Test
    @DisplayName("a list written to a cell reads back the same, whatever its values hold")
    void listRoundTrip() {
        qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 8)).ofSizeBetween(0, 6))
                .assuming(values -> values.stream().allMatch(v -> !v.isBlank() && v.equals(v.strip())))
                .check(values -> CellValues.list(CellValues.list(values)).equals(values));
        assertThat(CellValues.list("a\\;b; c\\\\;;  d ")).containsExactly("a;b", "c\\", "d");
    }

    @Test
    @DisplayName("amounts, terms, flags and dates are read as written, and refused with a code otherwise")
    void typedValues() {
        assertThat(CellValues.money("5000.00 EUR")).isEqualTo(Money.of("5000", "EUR"));
        assertThat(CellValues.money("usd 12.5")).isEqualTo(Money.of("12.50", "USD"));
        assertThat(CellValues.money(Money.of("5000", "EUR"))).isEqualTo("5000.00 EUR");
        assertThat(CellValues.terms("Net 30")).isEqualTo(PaymentTerms.net(30));
        assertThat(CellValues.terms("14")).isEqualTo(PaymentTerms.net(14));
        assertThat(CellValues.terms("End of month")).isEqualTo(PaymentTerms.named("End of month"));
        assertThat(CellValues.terms(PaymentTerms.net(30))).isEqualTo("net 30");
        assertThat(CellValues.flag("Yes")).isTrue();
        assertThat(CellValues.flag("")).isFalse();
        assertThat(CellValues.date("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThatCrmError(() -> CellValues.money("5000")).reportsFields("money");
        assertThatCrmError(() -> CellValues.flag("maybe")).reportsFields("flag");
        assertThatCrmError(() -> CellValues.date("01/03/2026")).reportsFields("date");
        assertThatCrmError(() -> CellValues.number("three")).reportsFields("number");
        assertThatCrmError(() -> CellValues.type("robot")).reportsFields("type");
    }
}
