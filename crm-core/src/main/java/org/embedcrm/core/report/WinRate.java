package org.embedcrm.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Won against lost deals closed in a period.
 *
 * @param won  deals won
 * @param lost deals lost
 */
public record WinRate(long won, long lost) {

    /** @return won / (won + lost) as a fraction with 4 decimals; empty when nothing closed */
    public Optional<BigDecimal> rate() {
        return won + lost == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_EVEN));
    }
}
