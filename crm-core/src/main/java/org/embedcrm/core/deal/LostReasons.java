package org.embedcrm.core.deal;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding the tenant's list of lost reasons. Contract: {@code org.embedcrm.testkit.contract.LostReasonsContract}.
 */
public interface LostReasons {

    /**
     * @param tenant the tenant; never null
     * @param id     the reason; never null
     * @return the reason, when it exists in that tenant
     */
    Optional<LostReason> find(TenantId tenant, LostReasonId id);

    /**
     * @param tenant the tenant; never null
     * @return every reason of the tenant, active or not, by name; never null
     */
    List<LostReason> all(TenantId tenant);

    /**
     * @param reason a new reason of version 0; never null
     * @return the stored reason with its new version
     * @throws ConflictException when the tenant has a reason of that name already
     */
    LostReason add(LostReason reason);

    /**
     * @param reason a reason read earlier and changed since; never null
     * @return the stored reason with its new version
     * @throws ConflictException when it was changed by someone else since, or its new name is taken
     */
    LostReason update(LostReason reason);
}
