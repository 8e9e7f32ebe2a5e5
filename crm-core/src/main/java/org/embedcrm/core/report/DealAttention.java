package org.embedcrm.core.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.Stage;

/**
 * How much attention a deal asks for in a list, as the product's colour codes say: a deal's level (new, older than
 * a week, closing within 15 days, within 7 days, won, lost) and its probability band.
 *
 * @param level       never null
 * @param probability the band of its win probability, or null when it has none
 */
public record DealAttention(Level level, ProbabilityBand probability) {

    /** The level, from the calmest; an outcome wins over a close date, which wins over age. */
    public enum Level {
        /** Created in the last 7 days (black). */
        NEW,
        /** Created more than 7 days ago (blue). */
        OLDER_THAN_A_WEEK,
        /** Expected to close in less than 15 days (orange). */
        CLOSING_SOON,
        /** Expected to close in 7 days or less, or overdue (red). */
        CLOSING_URGENTLY,
        /** Won (green). */
        WON,
        /** Lost (red). */
        LOST
    }

    /** The band of a win probability. */
    public enum ProbabilityBand {
        /** 25% or less (red). */
        LOW,
        /** Over 25% and under 50% (orange). */
        MEDIUM,
        /** 50% or more, under 75% (black). */
        HIGH,
        /** 75% or more (green). */
        VERY_HIGH;

        /**
         * @param percent 0 to 100
         * @return its band
         */
        public static ProbabilityBand of(int percent) {
            if (percent <= 25) {
                return LOW;
            }
            return percent >= 75 ? VERY_HIGH : percent >= 50 ? HIGH : MEDIUM;
        }
    }

    /** Rejects a missing level. */
    public DealAttention {
        Objects.requireNonNull(level, "level");
    }

    /**
     * @param deal  the deal; never null
     * @param stage its current stage; never null
     * @param today today, in the host's zone; never null
     * @param zone  the zone that tells the day the deal was created; never null
     * @return the deal's attention level and probability band
     */
    public static DealAttention of(Deal deal, Stage stage, LocalDate today, ZoneId zone) {
        ProbabilityBand band = deal.terms().probability() == null ? null
                : ProbabilityBand.of(deal.terms().probability().percent());
        return new DealAttention(level(deal, stage, today, zone), band);
    }

    private static Level level(Deal deal, Stage stage, LocalDate today, ZoneId zone) {
        if (stage.won()) {
            return Level.WON;
        }
        if (stage.lost()) {
            return Level.LOST;
        }
        LocalDate expected = deal.terms().expectedCloseDate();
        if (expected != null) {
            long days = ChronoUnit.DAYS.between(today, expected);
            if (days <= 7) {
                return Level.CLOSING_URGENTLY;
            }
            if (days < 15) {
                return Level.CLOSING_SOON;
            }
        }
        LocalDate created = LocalDate.ofInstant(deal.createdAt(), zone);
        return ChronoUnit.DAYS.between(created, today) > 7 ? Level.OLDER_THAN_A_WEEK : Level.NEW;
    }
}
