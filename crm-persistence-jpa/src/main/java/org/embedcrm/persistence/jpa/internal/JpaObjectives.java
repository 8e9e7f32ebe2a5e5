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

/** Objectives in {@code embedcrm_objectives}. */
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
        inTransaction(() -> {
            entityManager().persist(new ObjectiveEntity(objective));
            entityManager().flush();
            return null;
        });
    }

    @Override
    public Optional<Objective> find(TenantId tenant, ObjectiveId id) {
        return inTransaction(() -> Optional.ofNullable(entityManager().find(ObjectiveEntity.class, id.value()))
                .filter(row -> row.belongsTo(tenant)).map(ObjectiveEntity::toObjective));
    }

    @Override
    public List<Objective> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery("""
                        select o from EmbedCrmObjective o where o.tenantId = :tenant order by o.startsOn, o.id""",
                        ObjectiveEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(ObjectiveEntity::toObjective).toList());
    }

    @Override
    public void remove(TenantId tenant, ObjectiveId id) {
        inTransaction(() -> {
            ObjectiveEntity row = entityManager().find(ObjectiveEntity.class, id.value());
            if (row != null && row.belongsTo(tenant)) {
                entityManager().remove(row);
                entityManager().flush();
            }
            return null;
        });
    }
}
