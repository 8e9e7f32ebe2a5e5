package org.embedcrm.core.outbox;

/**
 * Thrown by an {@link OutboxHandler} when the receiver refused an entry for good (a rejected request, bad
 * credentials): the entry becomes {@link OutboxState#DEAD} at once instead of being retried.
 */
public final class UndeliverableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message why, starting with the receiver's error code when it has one
     * @param cause   the receiver's error, or null
     */
    public UndeliverableException(String message, Throwable cause) {
        super(message, cause);
    }
}
