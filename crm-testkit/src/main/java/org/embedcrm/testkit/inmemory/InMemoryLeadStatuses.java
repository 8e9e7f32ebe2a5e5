package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.lead.LeadStatuses;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** Lead statuses in memory: unique names, one default, one converted and one lost status per tenant. */
final class InMemoryLeadStatuses implements LeadStatuses {

    private final VersionedTable<LeadStatusId, LeadStatus> table;

    InMemoryLeadStatuses(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("lead-status", LeadStatus::id,
                LeadStatus::tenant, LeadStatus::version,
                (s, v) -> new LeadStatus(s.id(), s.tenant(), v, s.name(), s.color(), s.displayOrder(), s.isDefault(),
                        s.isFinal(), s.outcome()),
                List.of(new VersionedTable.UniqueKey<>(s -> Names.key(s.name()), "lead-status.name-taken"),
                        new VersionedTable.UniqueKey<>(s -> s.isDefault() ? "default" : null, "lead-status.default-taken"),
                        new VersionedTable.UniqueKey<>(s -> s.outcome() == LeadOutcome.NONE ? null : s.outcome().name(),
                                "lead-status.outcome-taken"))));
    }

    @Override
    public Optional<LeadStatus> find(TenantId tenant, LeadStatusId id) {
        return table.find(tenant, id);
    }

    @Override
    public List<LeadStatus> all(TenantId tenant) {
        return table.all(tenant).sorted(Comparator.comparingInt(LeadStatus::displayOrder)).toList();
    }

    @Override
    public LeadStatus add(LeadStatus status) {
        return table.add(status);
    }

    @Override
    public LeadStatus update(LeadStatus status) {
        return table.update(status);
    }

    @Override
    public void remove(LeadStatus status) {
        table.remove(status);
    }
}
