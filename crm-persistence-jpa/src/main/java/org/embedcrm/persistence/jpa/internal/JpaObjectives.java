package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.report.Objective;
import org.embedcrm.core.report.ObjectiveId;
import org.embedcrm.core.report.Objectives;
import org.embedcrm.core.shared.TenantId;

/** Objectives in {@code embedcrm_objective}. */
public final class JpaObjectives extends JpaPort implements Objectives {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaObjectives(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public void add(Objective objective) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<Objective> find(TenantId tenant, ObjectiveId id) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<Objective> all(TenantId tenant) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void remove(TenantId tenant, ObjectiveId id) {
        throw new UnsupportedOperationException("not yet");
    }
}
