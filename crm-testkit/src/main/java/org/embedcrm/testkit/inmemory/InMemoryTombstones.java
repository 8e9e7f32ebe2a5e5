package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.merge.Tombstone;
import org.embedcrm.core.merge.Tombstones;
import org.embedcrm.core.shared.TenantId;

/** Tombstones in memory, one per merged record. */
final class InMemoryTombstones implements Tombstones {

    private final TransactionalMap<RecordRef, Tombstone> rows;

    InMemoryTombstones(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(Tombstone tombstone) {
        rows.put(tombstone.merged(), tombstone);
    }

    @Override
    public Optional<Tombstone> of(TenantId tenant, RecordRef merged) {
        return rows.get(merged).filter(t -> t.tenant().equals(tenant));
    }

    @Override
    public List<RecordRef> mergedInto(TenantId tenant, RecordRef into) {
        return rows.values().stream().filter(t -> t.tenant().equals(tenant) && t.into().equals(into))
                .sorted(Comparator.comparing(Tombstone::at)).map(Tombstone::merged).toList();
    }
}
