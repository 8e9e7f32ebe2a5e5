package org.embedcrm.core.party;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/** The port holding the tenant's ordered list of contact statuses. */
public interface ContactStatuses {

    /**
     * @param tenant never null
     * @param id     never null
     * @return the status, when it exists in that tenant
     */
    Optional<ContactStatus> find(TenantId tenant, ContactStatusId id);

    /**
     * @param tenant never null
     * @return every status of the tenant, by display order
     */
    List<ContactStatus> all(TenantId tenant);

    /**
     * @param status a new status; never null
     * @return the stored status
     * @throws ConflictException {@code contact-status.name-taken}
     */
    ContactStatus add(ContactStatus status);

    /**
     * @param status a status read earlier and changed since; never null
     * @return the stored status with its new version
     * @throws ConflictException on a stale version or {@code contact-status.name-taken}
     */
    ContactStatus update(ContactStatus status);

    /**
     * @param status a status read earlier; never null
     * @throws ConflictException on a stale version
     */
    void remove(ContactStatus status);
}
