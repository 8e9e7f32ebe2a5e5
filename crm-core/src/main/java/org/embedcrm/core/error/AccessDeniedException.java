package org.embedcrm.core.error;

/** The current actor lacks the permission a command needs. */
public final class AccessDeniedException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused and which permission it needs */
    public AccessDeniedException(String message) {
        super("access-denied", message, null);
    }
}
