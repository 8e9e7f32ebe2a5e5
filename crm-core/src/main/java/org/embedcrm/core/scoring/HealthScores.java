package org.embedcrm.core.scoring;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding the last health score of each customer. Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.HealthContract}.
 */
public interface HealthScores {

    /** @param scores scores replacing the customers' earlier ones; never null */
    void saveAll(Collection<HealthScore> scores);

    /**
     * @param tenant   never null
     * @param customer never null
     * @return its last score
     */
    Optional<HealthScore> find(TenantId tenant, ContactId customer);

    /**
     * @param tenant    never null
     * @param customers the customers of a list page; never null
     * @return their last scores, by customer; never null
     */
    Map<ContactId, HealthScore> findAll(TenantId tenant, Collection<ContactId> customers);

    /**
     * Forgets a customer's score, when its contact is merged away; nothing happens when it has none.
     *
     * @param tenant   never null
     * @param customer never null
     */
    void remove(TenantId tenant, ContactId customer);
}
