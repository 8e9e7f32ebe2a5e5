package org.embedcrm.core.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The deals of one month and currency: created in it, and won or lost with a close date in it.
 *
 * @param month     never null
 * @param currency  ISO 4217 code, or null for deals without a value
 * @param created   deals created in the month (in the report's time zone)
 * @param won       deals won with a close date in the month
 * @param lost      deals lost with a close date in the month
 * @param wonAmount sum of those won deals' values, rounded half-even to the currency's minor unit; never null
 */
public record DealMonth(YearMonth month, String currency, long created, long won, long lost, BigDecimal wonAmount) {

    /** Rejects null parts. */
    public DealMonth {
        Objects.requireNonNull(month, "month");
        wonAmount = Amounts.inMinorUnits(Objects.requireNonNull(wonAmount, "wonAmount"), currency);
    }
}
