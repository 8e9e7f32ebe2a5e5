package org.embedcrm.core.scoring;

/** The four factors of the health score, with their fixed weights (they add up to 100). */
public enum HealthFactor {
    /** Days since the last interaction: 100 up to 14 days, falling evenly to 0 at 180 days; 0 without any. */
    RECENCY(35),
    /** Share of invoices paid on time, from a {@code PaymentHistorySource}. */
    PAYMENT_HISTORY(30),
    /** 20 × log10 of the running contracts' value, at most 100 (100,000 or more), from a {@code ContractValueSource}. */
    CONTRACT_VALUE(15),
    /** 100 less 20 per open support ticket, at least 0, from a {@code SupportTicketSource}. */
    SUPPORT_TICKETS(20);

    /** The score a factor gets when its source is absent or knows nothing. */
    public static final int NEUTRAL = 50;

    private final int weight;

    HealthFactor(int weight) {
        this.weight = weight;
    }

    /** @return its weight, in percent of the score */
    public int weight() {
        return weight;
    }
}
