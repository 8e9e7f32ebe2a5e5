package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.report.Objective;
import org.embedcrm.core.report.ObjectiveId;
import org.embedcrm.core.report.Objectives;
import org.embedcrm.core.shared.TenantId;

/** Objectives in memory. */
final class InMemoryObjectives implements Objectives {

    private final TransactionalMap<ObjectiveId, Objective> rows;

    InMemoryObjectives(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(Objective objective) {
        rows.put(objective.id(), objective);
    }

    @Override
    public Optional<Objective> find(TenantId tenant, ObjectiveId id) {
        return rows.get(id).filter(o -> o.tenant().equals(tenant));
    }

    @Override
    public List<Objective> all(TenantId tenant) {
        return rows.values().stream().filter(o -> o.tenant().equals(tenant))
                .sorted(Comparator.comparing(Objective::from).thenComparing(o -> o.id().toString())).toList();
    }

    @Override
    public void remove(TenantId tenant, ObjectiveId id) {
        find(tenant, id).ifPresent(o -> rows.remove(id));
    }
}
