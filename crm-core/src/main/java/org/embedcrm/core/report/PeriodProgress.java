package org.embedcrm.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An objective's progress in one period.
 *
 * @param from    the period's first day; never null
 * @param to      the period's last day; never null
 * @param target  never null
 * @param actual  what the stored records show; never null
 * @param percent actual / target × 100, to 2 decimals; never null
 */
public record PeriodProgress(LocalDate from, LocalDate to, BigDecimal target, BigDecimal actual, BigDecimal percent) {

    /** Rejects null parts. */
    public PeriodProgress {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(percent, "percent");
    }
}
