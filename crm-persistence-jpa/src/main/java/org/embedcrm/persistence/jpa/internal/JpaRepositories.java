package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.deal.LostReasons;
import org.embedcrm.core.deal.Pipelines;
import org.embedcrm.core.port.Transactions;

/**
 * The JPA implementations of the repository ports, all working on the entity manager of the current transaction.
 *
 * @param pipelines   the pipelines with their stages
 * @param deals       the deals with their stage history
 * @param lostReasons the lost reasons
 */
public record JpaRepositories(Pipelines pipelines, Deals deals, LostReasons lostReasons) {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each repository call joins (or opens when none is active); never null
     * @return the repositories
     */
    public static JpaRepositories over(Supplier<EntityManager> entityManagers, Transactions transactions) {
        return new JpaRepositories(new JpaPipelines(entityManagers, transactions),
                new JpaDeals(entityManagers, transactions), new JpaLostReasons(entityManagers, transactions));
    }
}
