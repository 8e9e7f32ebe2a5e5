package org.embedcrm.core.merge;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding the tombstones of merged records. Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.MergeContract}.
 */
public interface Tombstones {

    /** @param tombstone a new tombstone; never null */
    void add(Tombstone tombstone);

    /**
     * @param tenant the tenant; never null
     * @param merged a record's old id; never null
     * @return its tombstone, when it was merged away
     */
    Optional<Tombstone> of(TenantId tenant, RecordRef merged);

    /**
     * @param tenant the tenant; never null
     * @param into   a record; never null
     * @return the records merged into it directly, oldest merge first; never null
     */
    List<RecordRef> mergedInto(TenantId tenant, RecordRef into);
}
