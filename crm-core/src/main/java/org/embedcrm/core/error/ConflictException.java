package org.embedcrm.core.error;

/** A write that lost a race: a stale version, or a value that must be unique and is already taken. */
public final class ConflictException extends CrmException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code    stable code, e.g. {@code pipeline.name-taken} or {@code stale-version}
     * @param message human-readable explanation
     * @param cause   underlying database error, or null
     */
    public ConflictException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }

    /**
     * @param kind     the kind of record, e.g. {@code deal}
     * @param id       its identifier
     * @param expected the version the caller held
     * @return the error for a write based on a version someone else has since changed
     */
    public static ConflictException staleVersion(String kind, Object id, long expected) {
        return new ConflictException("stale-version",
                kind + " " + id + " was changed by someone else since version " + expected + "; reload and retry", null);
    }
}
