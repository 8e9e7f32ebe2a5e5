package org.embedcrm.core.party;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/** The port holding the tenant's customer groups. */
public interface CustomerGroups {

    /**
     * @param tenant never null
     * @param id     never null
     * @return the group, when it exists in that tenant
     */
    Optional<CustomerGroup> find(TenantId tenant, CustomerGroupId id);

    /**
     * @param tenant never null
     * @return every group of the tenant, highest priority first, then by name
     */
    List<CustomerGroup> all(TenantId tenant);

    /**
     * @param group a new group; never null
     * @return the stored group
     * @throws ConflictException {@code customer-group.code-taken}
     */
    CustomerGroup add(CustomerGroup group);

    /**
     * @param group a group read earlier and changed since; never null
     * @return the stored group with its new version
     * @throws ConflictException on a stale version or {@code customer-group.code-taken}
     */
    CustomerGroup update(CustomerGroup group);

    /**
     * @param group a group read earlier; never null
     * @throws ConflictException on a stale version
     */
    void remove(CustomerGroup group);
}
