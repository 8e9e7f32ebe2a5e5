package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.scoring.HealthScores;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.Session;

/**
 * The last health score of each customer in {@code embedcrm_health_scores}. Saving a page of scores costs, per
 * {@value #CHUNK} customers, one select of the stored rows, one batched update and one batched insert.
 */
public final class JpaHealthScores extends JpaPort implements HealthScores {

    /** Customers per select and per JDBC batch. */
    static final int CHUNK = 100;

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaHealthScores(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public void saveAll(Collection<HealthScore> scores) {
        if (scores.isEmpty()) {
            return;
        }
        Map<UUID, HealthScore> latest = new LinkedHashMap<>();
        scores.forEach(s -> latest.put(s.customer().value(), s));
        List<HealthScore> unique = new ArrayList<>(latest.values());
        inTransaction(() -> {
            EntityManager entityManager = entityManager();
            Session session = entityManager.unwrap(Session.class);
            Integer configured = session.getJdbcBatchSize();
            try {
                // Pending changes of other rows go first, with the host's batch size.
                entityManager.flush();
                session.setJdbcBatchSize(CHUNK);
                for (int from = 0; from < unique.size(); from += CHUNK) {
                    save(entityManager, unique.subList(from, Math.min(unique.size(), from + CHUNK)));
                }
            } finally {
                session.setJdbcBatchSize(configured);
            }
            return null;
        });
    }

    private static void save(EntityManager entityManager, List<HealthScore> chunk) {
        Map<UUID, HealthScoreEntity> stored = entityManager.createQuery(
                        "select h from EmbedCrmHealthScore h where h.customerId in :ids", HealthScoreEntity.class)
                .setParameter("ids", chunk.stream().map(s -> s.customer().value()).toList())
                .getResultList().stream().collect(Collectors.toMap(HealthScoreEntity::customerId, Function.identity()));
        for (HealthScore score : chunk) {
            HealthScoreEntity row = stored.get(score.customer().value());
            if (row == null) {
                entityManager.persist(new HealthScoreEntity(score));
            } else if (row.belongsTo(score.tenant())) {
                row.copy(score);
            } else {
                throw new IllegalArgumentException("customer " + score.customer() + " belongs to another tenant");
            }
        }
        entityManager.flush();
    }

    @Override
    public Optional<HealthScore> find(TenantId tenant, ContactId customer) {
        return inTransaction(() -> Optional.ofNullable(entityManager().find(HealthScoreEntity.class,
                customer.value())).filter(row -> row.belongsTo(tenant)).map(HealthScoreEntity::toScore));
    }

    @Override
    public Map<ContactId, HealthScore> findAll(TenantId tenant, Collection<ContactId> customers) {
        if (customers.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = customers.stream().map(ContactId::value).distinct().toList();
        return inTransaction(() -> {
            Map<ContactId, HealthScore> found = new LinkedHashMap<>();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                entityManager().createQuery("""
                                select h from EmbedCrmHealthScore h
                                where h.tenantId = :tenant and h.customerId in :ids""", HealthScoreEntity.class)
                        .setParameter("tenant", tenant.value())
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                        .getResultList().forEach(row -> found.put(new ContactId(row.customerId()), row.toScore()));
            }
            return found;
        });
    }

    @Override
    public void remove(TenantId tenant, ContactId customer) {
        inTransaction(() -> {
            HealthScoreEntity row = entityManager().find(HealthScoreEntity.class, customer.value());
            if (row != null && row.belongsTo(tenant)) {
                entityManager().remove(row);
                entityManager().flush();
            }
            return null;
        });
    }
}
