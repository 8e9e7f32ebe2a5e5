package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.embedcrm.core.activity.AuditEntry;
import org.embedcrm.core.activity.AuditTrail;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.Session;

/**
 * The audit trail in {@code embedcrm_audit_entries}. The entries of one change go in as one JDBC batch, whatever the
 * host configured, so a command changing many fields costs one insert statement; erasure is one update. Rows are
 * read detached, so an erasure later in the same transaction never leaves stale values in the persistence context.
 */
final class JpaAuditTrail extends JpaPort implements AuditTrail {

    // Entries of one command beyond this many go in several batches; few commands change so many fields.
    private static final int BATCH_SIZE = 100;

    JpaAuditTrail(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public void record(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        inTransaction(() -> {
            EntityManager entityManager = entityManager();
            Session session = entityManager.unwrap(Session.class);
            Integer configured = session.getJdbcBatchSize();
            List<AuditEntryEntity> rows = entries.stream().map(AuditEntryEntity::new).toList();
            try {
                // Pending changes of other rows go first, with the host's batch size.
                entityManager.flush();
                session.setJdbcBatchSize(BATCH_SIZE);
                rows.forEach(entityManager::persist);
                entityManager.flush();
            } finally {
                session.setJdbcBatchSize(configured);
            }
            rows.forEach(entityManager::detach);
            return null;
        });
    }

    @Override
    public List<AuditEntry> entries(TenantId tenant, Collection<RecordRef> records, TimelineCursor after, int limit) {
        return inTransaction(() -> TimelineRows.about("EmbedCrmAuditEntry", "changedAt", records)
                .page(entityManager(), AuditEntryEntity.class, tenant, after, limit)
                .stream().map(row -> {
                    entityManager().detach(row);
                    return row.toEntry();
                }).toList());
    }

    @Override
    public int erasePersonalValues(TenantId tenant, RecordRef record) {
        return inTransaction(() -> {
            entityManager().flush();
            return entityManager().createQuery("""
                            update EmbedCrmAuditEntry e set e.oldValue = null, e.newValue = null
                            where e.tenantId = :tenant and e.recordKind = :kind and e.recordId = :id
                              and e.personal = true and (e.oldValue is not null or e.newValue is not null)""")
                    .setParameter("tenant", tenant.value())
                    .setParameter("kind", record.kind().name())
                    .setParameter("id", record.id())
                    .executeUpdate();
        });
    }
}
