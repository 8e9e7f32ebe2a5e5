package org.embedcrm.core.error;

/**
 * The store could not do its work for a reason that is neither a conflict nor a broken rule: the database is
 * unreachable, its schema is missing, or a transaction was rolled back because a unit of work inside it failed.
 * Retrying later may succeed; nothing of the failed transaction was stored.
 */
public final class StoreException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** The code of a database failure. */
    public static final String FAILED = "persistence.failed";
    /** The code of a transaction rolled back because a unit of work inside it failed and was caught. */
    public static final String ROLLED_BACK = "transaction.rolled-back";

    /**
     * @param code    {@link #FAILED}, {@link #ROLLED_BACK} or another stable code of the store's
     * @param message what failed
     * @param cause   the underlying error, or null
     */
    public StoreException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
