package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.LostReasons;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** Lost reasons in memory, with a unique name per tenant. */
final class InMemoryLostReasons implements LostReasons {

    private final VersionedTable<LostReasonId, LostReason> table;

    InMemoryLostReasons(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("lost-reason", LostReason::id,
                LostReason::tenant, LostReason::version,
                (r, v) -> new LostReason(r.id(), r.tenant(), v, r.name(), r.active(), r.requiresNote()),
                List.of(new VersionedTable.UniqueKey<>(r -> Names.key(r.name()), "lost-reason.name-taken"))));
    }

    @Override
    public Optional<LostReason> find(TenantId tenant, LostReasonId id) {
        return table.find(tenant, id);
    }

    @Override
    public List<LostReason> all(TenantId tenant) {
        return table.all(tenant).sorted(Comparator.comparing(LostReason::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public LostReason add(LostReason reason) {
        return table.add(reason);
    }

    @Override
    public LostReason update(LostReason reason) {
        return table.update(reason);
    }
}
