package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.CustomerGroups;
import org.embedcrm.core.shared.TenantId;

/** Customer groups in memory, with a unique code per tenant. */
final class InMemoryCustomerGroups implements CustomerGroups {

    private final VersionedTable<CustomerGroupId, CustomerGroup> table;

    InMemoryCustomerGroups(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("customer-group",
                CustomerGroup::id, CustomerGroup::tenant, CustomerGroup::version,
                (g, v) -> new CustomerGroup(g.id(), g.tenant(), v, g.name(), g.code(), g.description(), g.discount(),
                        g.priority(), g.active()),
                List.of(new VersionedTable.UniqueKey<>(CustomerGroup::code, "customer-group.code-taken"))));
    }

    @Override
    public Optional<CustomerGroup> find(TenantId tenant, CustomerGroupId id) {
        return table.find(tenant, id);
    }

    @Override
    public List<CustomerGroup> all(TenantId tenant) {
        return table.all(tenant).sorted(Comparator.comparingInt(CustomerGroup::priority).reversed()
                .thenComparing(CustomerGroup::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public CustomerGroup add(CustomerGroup group) {
        return table.add(group);
    }

    @Override
    public CustomerGroup update(CustomerGroup group) {
        return table.update(group);
    }

    @Override
    public void remove(CustomerGroup group) {
        table.remove(group);
    }
}
