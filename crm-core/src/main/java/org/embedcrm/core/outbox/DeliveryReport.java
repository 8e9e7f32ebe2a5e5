package org.embedcrm.core.outbox;

/**
 * What one {@link OutboxService#deliverDue} call did.
 *
 * @param delivered entries delivered
 * @param retried   entries whose attempt failed and that will be tried again
 * @param dead      entries that failed their last attempt
 */
public record DeliveryReport(int delivered, int retried, int dead) {

    DeliveryReport plus(DeliveryReport other) {
        return new DeliveryReport(delivered + other.delivered, retried + other.retried, dead + other.dead);
    }
}
