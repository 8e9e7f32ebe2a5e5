package org.embedcrm.core.error;

import java.util.Objects;

/**
 * The root of every error EmbedCRM raises; adapters translate database and remote errors into one of its subtypes,
 * so a host never sees a raw {@code SQLException} or {@code PersistenceException}.
 */
public abstract class CrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code    stable machine-readable code such as {@code stage.has-deals}; never null
     * @param message human-readable explanation; never null
     * @param cause   underlying error, or null
     */
    protected CrmException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** @return the stable code identifying this kind of error; never null */
    public String code() {
        return code;
    }
}
