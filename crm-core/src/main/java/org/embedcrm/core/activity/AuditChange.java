package org.embedcrm.core.activity;

/** What happened to an audited record. */
public enum AuditChange {
    /** The record was created; the entry has no field. */
    CREATED,
    /** One field of the record changed from the old value to the new one. */
    UPDATED,
    /** The record was deleted (or merged away); the entry has no field. */
    DELETED
}
