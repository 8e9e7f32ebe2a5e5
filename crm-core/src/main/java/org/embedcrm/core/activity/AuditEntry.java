package org.embedcrm.core.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * One line of the audit trail: a record was created or deleted, or one of its fields changed from
 * {@code oldValue} to {@code newValue}. Written in the same transaction as the change, so it is never lost and
 * never written for a change that rolled back.
 *
 * <p>Values are kept in their own columns, never inside free text, and {@code personal} marks the ones holding
 * personal data, so an erasure request can blank them and keep the rest of the trail.
 *
 * @param id        identifies it; never null
 * @param tenant    never null
 * @param changeSet groups the entries written by one command; never null
 * @param record    what changed; never null
 * @param change    created, updated or deleted; never null
 * @param field     the field's path (e.g. {@code profile.name}) for updates; null otherwise
 * @param oldValue  the value before, or null when it was empty (or erased)
 * @param newValue  the value after, or null when it became empty (or was erased)
 * @param personal  whether the values are personal data
 * @param actor     who made the change; never null
 * @param at        when; never null
 */
public record AuditEntry(UUID id, TenantId tenant, ChangeSetId changeSet, RecordRef record, AuditChange change,
                         String field, String oldValue, String newValue, boolean personal, UserRef actor,
                         Instant at) {

    /** Longest field path stored. */
    public static final int FIELD_MAX = 200;

    /** Rejects missing parts, and a field on anything but an update. */
    public AuditEntry {
        Objects.requireNonNull(id, "audit entry id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(changeSet, "changeSet");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if ((change == AuditChange.UPDATED) != (field != null)) {
            throw new IllegalArgumentException("an update names its field; a creation or deletion does not");
        }
    }
}
