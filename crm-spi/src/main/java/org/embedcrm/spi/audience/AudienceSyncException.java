package org.embedcrm.spi.audience;

import java.util.Objects;

/**
 * Why a marketing audience refused a change or could not be reached, with a stable {@link #code()} and whether
 * trying again later may succeed. Its message, title and detail never contain credentials.
 */
public class AudienceSyncException extends RuntimeException {

    /** The audience found the request invalid, e.g. a malformed email or a field it does not accept. */
    public static final String REJECTED = "audience.rejected";
    /** The credentials are wrong or lack a permission. */
    public static final String UNAUTHORIZED = "audience.unauthorized";
    /** The audience, or the member addressed, does not exist. */
    public static final String NOT_FOUND = "audience.not-found";
    /** Too many requests or connections at once; retryable. */
    public static final String RATE_LIMITED = "audience.rate-limited";
    /** The audience's service failed or is down; retryable. */
    public static final String UNAVAILABLE = "audience.unavailable";
    /** No answer came back (connection refused, timed out); retryable. */
    public static final String UNREACHABLE = "audience.unreachable";
    /** The service answered with something the provider cannot read. */
    public static final String INVALID_RESPONSE = "audience.invalid-response";
    /** The calling thread was interrupted while waiting; retryable. */
    public static final String INTERRUPTED = "audience.interrupted";

    private final String code;
    private final int status;
    private final boolean retryable;
    private final String title;
    private final String detail;

    /**
     * @param code      a stable code, one of the constants of this class or a provider's own; never null
     * @param message   what failed, for a human; never null
     * @param status    the HTTP status the service answered, 0 when there was no answer
     * @param retryable whether trying again later may succeed
     * @param title     the service's short title of the problem; never null, empty when it gave none
     * @param detail    the service's explanation; never null, empty when it gave none
     * @param cause     the underlying failure; null when there is none
     */
    public AudienceSyncException(String code, String message, int status, boolean retryable, String title,
                                 String detail, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.status = status;
        this.retryable = retryable;
        this.title = Objects.requireNonNull(title, "title");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** @return the stable machine-readable code, e.g. {@link #RATE_LIMITED}; never null */
    public String code() {
        return code;
    }

    /** @return the HTTP status the service answered, 0 when there was no answer */
    public int status() {
        return status;
    }

    /** @return whether trying again later may succeed */
    public boolean retryable() {
        return retryable;
    }

    /** @return the service's short title of the problem, e.g. {@code Invalid Resource}; never null, may be empty */
    public String title() {
        return title;
    }

    /** @return the service's explanation of the problem; never null, may be empty */
    public String detail() {
        return detail;
    }
}
