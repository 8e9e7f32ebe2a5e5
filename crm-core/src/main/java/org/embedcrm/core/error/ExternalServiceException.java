package org.embedcrm.core.error;

/**
 * A service outside EmbedCRM that a plugin calls (a PEPPOL registry, a marketing audience) gave no usable answer.
 * Nothing was stored; retrying later may succeed.
 */
public final class ExternalServiceException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** The code of a failed call to an external service. */
    public static final String FAILED = "external-service.failed";

    /**
     * @param message what failed, naming the service
     * @param cause   the plugin's error, or null
     */
    public ExternalServiceException(String message, Throwable cause) {
        super(FAILED, message, cause);
    }
}
