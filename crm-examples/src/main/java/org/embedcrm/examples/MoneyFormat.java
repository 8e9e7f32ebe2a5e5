package org.embedcrm.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.embedcrm.core.shared.Money;

/** Writes money for people: thousands grouped, the currency's usual decimals, the ISO code last ("48,000.00 EUR"). */
final class MoneyFormat {

    private MoneyFormat() {
    }

    /**
     * @param money an amount, or null
     * @return the amount as text, the same on every machine whatever its locale; "-" for null
     */
    static String format(Money money) {
        if (money == null) {
            return "-";
        }
        int usual = Math.max(0, money.currency().getDefaultFractionDigits());
        int needed = Math.max(0, money.amount().stripTrailingZeros().scale());
        int digits = Math.max(usual, needed);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        BigDecimal amount = money.amount().setScale(digits, RoundingMode.UNNECESSARY);
        return format.format(amount) + " " + money.currency().getCurrencyCode();
    }
}
