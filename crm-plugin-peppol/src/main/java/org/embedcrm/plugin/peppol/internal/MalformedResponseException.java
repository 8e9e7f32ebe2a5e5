package org.embedcrm.plugin.peppol.internal;

/** A registry's response that does not have the shape the protocol prescribes. */
final class MalformedResponseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedResponseException(String message) {
        super(message);
    }

    MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
