package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.LostReasons;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/** Lost reasons in {@code embedcrm_lost_reasons}. */
final class JpaLostReasons extends JpaPort implements LostReasons {

    // Sorted here rather than in SQL: database collations order the same names differently.
    private static final Comparator<LostReason> BY_NAME =
            Comparator.comparing(LostReason::name, String.CASE_INSENSITIVE_ORDER);

    JpaLostReasons(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<LostReason> find(TenantId tenant, LostReasonId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select r from EmbedCrmLostReason r where r.tenantId = :tenant and r.id = :id",
                        LostReasonEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(LostReasonEntity::toLostReason));
    }

    @Override
    public List<LostReason> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery(
                        "select r from EmbedCrmLostReason r where r.tenantId = :tenant", LostReasonEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(LostReasonEntity::toLostReason).sorted(BY_NAME).toList());
    }

    @Override
    public LostReason add(LostReason reason) {
        requireNew(reason.version(), "lost reason", reason.id());
        return inTransaction(() -> {
            LostReasonEntity row = new LostReasonEntity(reason);
            entityManager().persist(row);
            entityManager().flush();
            return row.toLostReason();
        });
    }

    @Override
    public LostReason update(LostReason reason) {
        return inTransaction(() -> {
            LostReasonEntity row = entityManager().find(LostReasonEntity.class, reason.id().value());
            if (row == null || !row.belongsTo(reason.tenant()) || row.version() != reason.version()) {
                throw ConflictException.staleVersion("lost reason", reason.id(), reason.version());
            }
            row.copy(reason);
            flush(row, reason.version());
            return row.toLostReason();
        });
    }
}
