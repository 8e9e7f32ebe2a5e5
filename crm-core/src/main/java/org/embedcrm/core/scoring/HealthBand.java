package org.embedcrm.core.scoring;

/** Where a health score stands. */
public enum HealthBand {
    /** Above 70. */
    HEALTHY,
    /** 40 to 70. */
    WATCH,
    /** Below 40. */
    AT_RISK;

    /**
     * @param score 0 to 100
     * @return its band
     */
    public static HealthBand of(int score) {
        return score > 70 ? HEALTHY : score < 40 ? AT_RISK : WATCH;
    }
}
