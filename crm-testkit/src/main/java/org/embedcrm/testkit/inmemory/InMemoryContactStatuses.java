package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.ContactStatuses;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** Contact statuses in memory, with a unique name per tenant. */
final class InMemoryContactStatuses implements ContactStatuses {

    private final VersionedTable<ContactStatusId, ContactStatus> table;

    InMemoryContactStatuses(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("contact-status",
                ContactStatus::id, ContactStatus::tenant, ContactStatus::version,
                (s, v) -> new ContactStatus(s.id(), s.tenant(), v, s.name(), s.color(), s.displayOrder()),
                List.of(new VersionedTable.UniqueKey<>(s -> Names.key(s.name()), "contact-status.name-taken"))));
    }

    @Override
    public Optional<ContactStatus> find(TenantId tenant, ContactStatusId id) {
        return table.find(tenant, id);
    }

    @Override
    public List<ContactStatus> all(TenantId tenant) {
        return table.all(tenant).sorted(Comparator.comparingInt(ContactStatus::displayOrder)).toList();
    }

    @Override
    public ContactStatus add(ContactStatus status) {
        return table.add(status);
    }

    @Override
    public ContactStatus update(ContactStatus status) {
        return table.update(status);
    }

    @Override
    public void remove(ContactStatus status) {
        table.remove(status);
    }
}
