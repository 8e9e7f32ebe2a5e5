package org.embedcrm.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The revenue figures of one currency; amounts in different currencies are never added up.
 *
 * @param currency         ISO 4217 code; never null
 * @param won              total value of the won deals; never null
 * @param openPotential    total value of the open deals; never null
 * @param averageWon       average value of a won deal, to the cent; zero without won deals; never null
 * @param weightedPipeline open deals' value × probability, to the cent; never null
 */
public record CurrencyRevenue(String currency, BigDecimal won, BigDecimal openPotential, BigDecimal averageWon,
                              BigDecimal weightedPipeline) {

    /** Rejects null parts. */
    public CurrencyRevenue {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(won, "won");
        Objects.requireNonNull(openPotential, "openPotential");
        Objects.requireNonNull(averageWon, "averageWon");
        Objects.requireNonNull(weightedPipeline, "weightedPipeline");
    }

    static CurrencyRevenue of(DealTotals totals) {
        BigDecimal average = totals.won() == 0 ? BigDecimal.ZERO
                : totals.wonAmount().divide(BigDecimal.valueOf(totals.won()), 10, RoundingMode.HALF_EVEN);
        return new CurrencyRevenue(totals.currency(), totals.wonAmount(), totals.openAmount(),
                Amounts.inMinorUnits(average, totals.currency()), totals.weightedOpen());
    }
}
