package org.embedcrm.core.report;

import java.time.LocalDate;

/** How an objective's range is cut into periods, each with the full target. */
public enum Recurrence {
    /** One period: the whole range. */
    NONE,
    /** One period a day. */
    DAILY,
    /** Periods of 7 days from the range's first day. */
    WEEKLY,
    /** Periods of a month from the range's first day. */
    MONTHLY;

    /**
     * @param start a period's first day; never null
     * @param end   the range's last day; never null
     * @return the period's last day
     */
    LocalDate periodEnd(LocalDate start, LocalDate end) {
        LocalDate last = switch (this) {
            case NONE -> end;
            case DAILY -> start;
            case WEEKLY -> start.plusDays(6);
            case MONTHLY -> start.plusMonths(1).minusDays(1);
        };
        return last.isAfter(end) ? end : last;
    }
}
