package org.embedcrm.core.einvoicing;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding the last known PEPPOL registration per contact. Every method works inside one tenant only.
 * Contract: {@code org.embedcrm.testkit.contract.PeppolStatusesContract}.
 */
public interface PeppolStatuses {

    /** @param status the contact's new status, replacing any earlier one; never null */
    void save(PeppolStatus status);

    /**
     * @param tenant  never null
     * @param contact never null
     * @return its last known status
     */
    Optional<PeppolStatus> find(TenantId tenant, ContactId contact);

    /**
     * @param tenant   never null
     * @param contacts the contacts of a list page; never null
     * @return the statuses known for those contacts, by contact; never null
     */
    Map<ContactId, PeppolStatus> findAll(TenantId tenant, Collection<ContactId> contacts);

    /**
     * @param tenant  never null
     * @param contact never null
     */
    void remove(TenantId tenant, ContactId contact);
}
