package org.embedcrm.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Report amounts in one form whatever the store: rounded half-even to the currency's minor unit (the cent). */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal inMinorUnits(BigDecimal amount, String currency) {
        int digits = currency == null ? 0 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return amount.setScale(digits, RoundingMode.HALF_EVEN);
    }
}
