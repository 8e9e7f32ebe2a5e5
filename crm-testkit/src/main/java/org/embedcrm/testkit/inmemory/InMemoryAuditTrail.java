package org.embedcrm.testkit.inmemory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.activity.AuditEntry;
import org.embedcrm.core.activity.AuditTrail;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.shared.TenantId;

/** The audit trail in memory. */
final class InMemoryAuditTrail implements AuditTrail {

    private final TransactionalMap<UUID, AuditEntry> rows;

    InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public void record(List<AuditEntry> entries) {
        entries.forEach(e -> rows.put(e.id(), e));
    }

    @Override
    public List<AuditEntry> entries(TenantId tenant, Collection<RecordRef> records, TimelineCursor after, int limit) {
        return TimelineOrder.page(rows.values().stream().filter(e -> e.tenant().equals(tenant))
                .filter(e -> records.contains(e.record())), AuditEntry::at, AuditEntry::id, after, limit);
    }

    @Override
    public int erasePersonalValues(TenantId tenant, RecordRef record) {
        List<AuditEntry> personal = rows.values().stream()
                .filter(e -> e.tenant().equals(tenant) && e.record().equals(record) && e.personal())
                .filter(e -> e.oldValue() != null || e.newValue() != null).toList();
        personal.forEach(e -> rows.put(e.id(), new AuditEntry(e.id(), e.tenant(), e.changeSet(), e.record(),
                e.change(), e.field(), null, null, true, e.actor(), e.at())));
        return personal.size();
    }
}
