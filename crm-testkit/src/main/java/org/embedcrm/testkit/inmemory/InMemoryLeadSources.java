package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadSources;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** Lead sources in memory, with a unique name per tenant. */
final class InMemoryLeadSources implements LeadSources {

    private final VersionedTable<LeadSourceId, LeadSource> table;

    InMemoryLeadSources(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("lead-source", LeadSource::id,
                LeadSource::tenant, LeadSource::version,
                (s, v) -> new LeadSource(s.id(), s.tenant(), v, s.name(), s.active()),
                List.of(new VersionedTable.UniqueKey<>(s -> Names.key(s.name()), "lead-source.name-taken"))));
    }

    @Override
    public Optional<LeadSource> find(TenantId tenant, LeadSourceId id) {
        return table.find(tenant, id);
    }

    @Override
    public List<LeadSource> all(TenantId tenant) {
        return table.all(tenant).sorted(Comparator.comparing(s -> Names.key(s.name()))).toList();
    }

    @Override
    public LeadSource add(LeadSource source) {
        return table.add(source);
    }

    @Override
    public LeadSource update(LeadSource source) {
        return table.update(source);
    }
}
