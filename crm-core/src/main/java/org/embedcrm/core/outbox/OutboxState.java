package org.embedcrm.core.outbox;

/** Where an outbox entry stands. */
public enum OutboxState {
    /** Waiting for its (next) delivery attempt. */
    PENDING,
    /** Delivered; kept for inspection. */
    DELIVERED,
    /** Given up after the last attempt the retry policy allows; waits for {@link OutboxService#requeue}. */
    DEAD
}
