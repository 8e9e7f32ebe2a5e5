package org.embedcrm.core.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Deal figures of one currency (or of the deals without a value).
 *
 * @param currency         ISO 4217 code, or null for deals without a value
 * @param total            deals
 * @param open             deals in a stage neither won nor lost
 * @param won              deals in a won stage
 * @param lost             deals in a lost stage
 * @param wonAmount        sum of the won deals' values, rounded half-even to the currency's minor unit (the cent);
 *                         zero without a currency; never null
 * @param openAmount       sum of the open deals' values; never null
 * @param weightedOpen     sum of the open deals' value × probability / 100 (deals without a probability count 0),
 *                         rounded the same way; never null
 */
public record DealTotals(String currency, long total, long open, long won, long lost, BigDecimal wonAmount,
                         BigDecimal openAmount, BigDecimal weightedOpen) {

    /** Rejects null amounts and rounds them to the currency's minor unit. */
    public DealTotals {
        wonAmount = Amounts.inMinorUnits(Objects.requireNonNull(wonAmount, "wonAmount"), currency);
        openAmount = Amounts.inMinorUnits(Objects.requireNonNull(openAmount, "openAmount"), currency);
        weightedOpen = Amounts.inMinorUnits(Objects.requireNonNull(weightedOpen, "weightedOpen"), currency);
    }
}
