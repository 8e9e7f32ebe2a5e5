package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.merge.Tombstone;
import org.embedcrm.core.merge.Tombstones;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/** Tombstones of merged records in {@code embedcrm_tombstones}, one row per merged record. */
public final class JpaTombstones extends JpaPort implements Tombstones {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaTombstones(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public void add(Tombstone tombstone) {
        inTransaction(() -> {
            entityManager().persist(new TombstoneEntity(tombstone));
            entityManager().flush();
            return null;
        });
    }

    @Override
    public Optional<Tombstone> of(TenantId tenant, RecordRef merged) {
        return inTransaction(() -> Optional.ofNullable(entityManager().find(TombstoneEntity.class,
                new TombstoneEntity.Key(tenant, merged))).map(TombstoneEntity::toTombstone));
    }

    @Override
    public List<RecordRef> mergedInto(TenantId tenant, RecordRef into) {
        return inTransaction(() -> entityManager().createQuery("""
                        select t from EmbedCrmTombstone t
                        where t.tenantId = :tenant and t.intoKind = :kind and t.intoId = :id
                        order by t.mergedAt, t.mergedId""", TombstoneEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("kind", into.kind())
                .setParameter("id", into.id())
                .getResultList().stream().map(TombstoneEntity::merged).toList());
    }
}
