package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.scoring.HealthScores;
import org.embedcrm.core.shared.TenantId;

/** The last health score of each customer in {@code embedcrm_health_score}, with its factors. */
public final class JpaHealthScores extends JpaPort implements HealthScores {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaHealthScores(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public void saveAll(Collection<HealthScore> scores) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<HealthScore> find(TenantId tenant, ContactId customer) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Map<ContactId, HealthScore> findAll(TenantId tenant, Collection<ContactId> customers) {
        throw new UnsupportedOperationException("not yet");
    }
}
