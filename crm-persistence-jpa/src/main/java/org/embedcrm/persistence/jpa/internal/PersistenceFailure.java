package org.embedcrm.persistence.jpa.internal;

import org.embedcrm.core.error.CrmException;

/**
 * A database error that is neither a conflict nor a broken business rule (connection lost, schema missing, a
 * constraint the domain should have prevented): the host sees it as a {@link CrmException} with code
 * {@value #CODE}, never as a raw persistence exception.
 */
final class PersistenceFailure extends CrmException {

    private static final long serialVersionUID = 1L;

    static final String CODE = "persistence.failed";

    PersistenceFailure(String message, Throwable cause) {
        super(CODE, message, cause);
    }
}
