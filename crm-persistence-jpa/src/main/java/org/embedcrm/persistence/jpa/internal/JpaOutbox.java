package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.outbox.Outbox;
import org.embedcrm.core.outbox.OutboxEntry;
import org.embedcrm.core.outbox.OutboxEntryId;
import org.embedcrm.core.outbox.OutboxState;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/**
 * The outbox in {@code embedcrm_outbox}. Claims, deliveries and failures are single conditional bulk updates, so
 * two dispatchers on two connections never both hold one entry, and no entity is loaded to change one.
 */
public final class JpaOutbox extends JpaPort implements Outbox {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaOutbox(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public void add(List<OutboxEntry> entries) {
        inTransaction(() -> {
            List<OutboxEntryEntity> rows = entries.stream().map(OutboxEntryEntity::new).toList();
            rows.forEach(entityManager()::persist);
            entityManager().flush();
            rows.forEach(entityManager()::detach);
            return null;
        });
    }

    @Override
    public Optional<OutboxEntry> find(TenantId tenant, OutboxEntryId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select e from EmbedCrmOutboxEntry e where e.tenantId = :tenant and e.id = :id",
                        OutboxEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(this::detached));
    }

    @Override
    public List<OutboxEntry> due(TenantId tenant, Instant now, int limit) {
        return inTransaction(() -> entityManager().createQuery("""
                        select e from EmbedCrmOutboxEntry e
                        where e.tenantId = :tenant and e.state = :pending and e.nextAttemptAt <= :now
                          and (e.leaseUntil is null or e.leaseUntil < :now)
                        order by e.nextAttemptAt, e.id""", OutboxEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("pending", OutboxState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList().stream().map(this::detached).toList());
    }

    @Override
    public boolean claim(TenantId tenant, OutboxEntryId id, Instant now, Instant leaseUntil) {
        return update("""
                update EmbedCrmOutboxEntry e set e.leaseUntil = :lease
                where e.tenantId = :tenant and e.id = :id and e.state = :pending and e.nextAttemptAt <= :now
                  and (e.leaseUntil is null or e.leaseUntil < :now)""",
                Map.of("lease", leaseUntil, "tenant", tenant.value(), "id", id.value(),
                        "pending", OutboxState.PENDING, "now", now)) == 1;
    }

    @Override
    public void delivered(TenantId tenant, OutboxEntryId id, Instant at) {
        update("""
                update EmbedCrmOutboxEntry e set e.state = :delivered, e.deliveredAt = :at, e.leaseUntil = null,
                  e.attempts = e.attempts + 1, e.lastError = null
                where e.tenantId = :tenant and e.id = :id""",
                Map.of("delivered", OutboxState.DELIVERED, "at", at, "tenant", tenant.value(), "id", id.value()));
    }

    @Override
    public void failed(TenantId tenant, OutboxEntryId id, int attempts, Instant nextAttemptAt, String error,
                       boolean dead) {
        String text = error == null ? "" : error.length() > OutboxEntry.ERROR_MAX
                ? error.substring(0, OutboxEntry.ERROR_MAX) : error;
        update("""
                update EmbedCrmOutboxEntry e set e.state = :state, e.attempts = :attempts,
                  e.nextAttemptAt = :next, e.leaseUntil = null, e.lastError = :error
                where e.tenantId = :tenant and e.id = :id""",
                Map.of("state", dead ? OutboxState.DEAD : OutboxState.PENDING, "attempts", attempts,
                        "next", nextAttemptAt, "error", text, "tenant", tenant.value(), "id", id.value()));
    }

    @Override
    public boolean requeue(TenantId tenant, OutboxEntryId id, Instant now) {
        return update("""
                update EmbedCrmOutboxEntry e set e.state = :pending, e.attempts = 0, e.nextAttemptAt = :now,
                  e.leaseUntil = null
                where e.tenantId = :tenant and e.id = :id and e.state = :dead""",
                Map.of("pending", OutboxState.PENDING, "now", now, "tenant", tenant.value(), "id", id.value(),
                        "dead", OutboxState.DEAD)) == 1;
    }

    @Override
    public List<OutboxEntry> inState(TenantId tenant, OutboxState state, int limit) {
        return inTransaction(() -> entityManager().createQuery("""
                        select e from EmbedCrmOutboxEntry e where e.tenantId = :tenant and e.state = :state
                        order by e.createdAt, e.id""", OutboxEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("state", state)
                .setMaxResults(limit)
                .getResultList().stream().map(this::detached).toList());
    }

    @Override
    public Map<OutboxState, Long> countByState(TenantId tenant) {
        return inTransaction(() -> {
            Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
            entityManager().createQuery("""
                            select e.state, count(e) from EmbedCrmOutboxEntry e where e.tenantId = :tenant
                            group by e.state""", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .getResultList().forEach(row -> counts.put((OutboxState) row[0], (Long) row[1]));
            return counts;
        });
    }

    private int update(String jpql, Map<String, Object> parameters) {
        return inTransaction(() -> {
            entityManager().flush();
            var query = entityManager().createQuery(jpql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }

    /** Rows are read, never changed through the persistence context, so none stays there to go stale. */
    private OutboxEntry detached(OutboxEntryEntity row) {
        entityManager().detach(row);
        return row.toEntry();
    }
}
