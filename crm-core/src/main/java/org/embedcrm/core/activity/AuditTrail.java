package org.embedcrm.core.activity;

import java.util.Collection;
import java.util.List;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding the audit trail. Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.AuditTrailContract}.
 */
public interface AuditTrail {

    /** @param entries entries to append, in the current transaction; never null */
    void record(List<AuditEntry> entries);

    /**
     * @param tenant  the tenant; never null
     * @param records the records whose entries count; never null
     * @param after   a position, or null for the newest
     * @param limit   at most this many; at least 1
     * @return the entries after that position in the timeline's order (by time, newest first, then by id as text,
     *         descending); never null
     */
    List<AuditEntry> entries(TenantId tenant, Collection<RecordRef> records, TimelineCursor after, int limit);

    /**
     * Blanks the old and new values of every personal entry about a record, keeping who changed which field when.
     *
     * @param tenant the tenant; never null
     * @param record the record; never null
     * @return how many entries were blanked
     */
    int erasePersonalValues(TenantId tenant, RecordRef record);
}
