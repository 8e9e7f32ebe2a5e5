package org.embedcrm.spi.scoring;

/**
 * How a customer paid its invoices.
 *
 * @param onTime  invoices paid by their due date, 0 or more
 * @param overdue invoices paid late or still unpaid after their due date, 0 or more
 */
public record PaymentHistory(int onTime, int overdue) {

    /** Rejects negative counts. */
    public PaymentHistory {
        if (onTime < 0 || overdue < 0) {
            throw new IllegalArgumentException("invoice counts are 0 or more: " + onTime + ", " + overdue);
        }
    }
}
