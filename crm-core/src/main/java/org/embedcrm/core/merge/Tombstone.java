package org.embedcrm.core.merge;

import java.time.Instant;
import java.util.Objects;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * The trace a merged record leaves: its old id now means {@code into}, so a later lookup of the old id (a reply to
 * an old e-mail, a host's stale link) finds the record kept.
 *
 * @param tenant never null
 * @param merged the record merged away; never null
 * @param into   the record kept, of the same kind; never null
 * @param at     when; never null
 * @param by     who merged; never null
 */
public record Tombstone(TenantId tenant, RecordRef merged, RecordRef into, Instant at, UserRef by) {

    /** Rejects null parts and records of different kinds. */
    public Tombstone {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (merged.kind() != into.kind() || merged.equals(into)) {
            throw new IllegalArgumentException("a record merges into another record of its kind: " + merged
                    + " into " + into);
        }
    }
}
