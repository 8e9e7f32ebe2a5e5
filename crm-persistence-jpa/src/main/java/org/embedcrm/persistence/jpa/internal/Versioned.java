package org.embedcrm.persistence.jpa.internal;

/** An aggregate root's row, whose {@code version} column Hibernate checks and increments on every write. */
interface Versioned {

    /** @return the version of the row as last read or written; 0 when it was inserted and never changed since */
    long version();
}
