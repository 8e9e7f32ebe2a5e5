package org.embedcrm.persistence.jpa.internal;

/** An aggregate root's row, whose {@code version} column Hibernate checks and increments on every write. */
interface Versioned {

    /**
     * The version of a row just inserted; 0 means "never stored" in the domain. Entities initialise their version
     * field with it because Hibernate takes a freshly constructed entity's version as the unsaved value: a new
     * entity holding it is persisted as new and keeps it in the inserted row.
     */
    long FIRST_VERSION = 1;

    /** @return the version of the row as last read or written */
    long version();
}
