package org.embedcrm.core.lead;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/** The port holding the tenant's lead statuses. */
public interface LeadStatuses {

    /**
     * @param tenant never null
     * @param id     never null
     * @return the status, when it exists in that tenant
     */
    Optional<LeadStatus> find(TenantId tenant, LeadStatusId id);

    /**
     * @param tenant never null
     * @return every status of the tenant, by display order
     */
    List<LeadStatus> all(TenantId tenant);

    /**
     * @param status a new status; never null
     * @return the stored status
     * @throws ConflictException {@code lead-status.name-taken}, {@code lead-status.default-taken} or
     *                           {@code lead-status.outcome-taken}
     */
    LeadStatus add(LeadStatus status);

    /**
     * @param status a status read earlier and changed since; never null
     * @return the stored status with its new version
     * @throws ConflictException as {@link #add}, or on a stale version
     */
    LeadStatus update(LeadStatus status);

    /**
     * @param status a status read earlier; never null
     * @throws ConflictException on a stale version
     */
    void remove(LeadStatus status);
}
