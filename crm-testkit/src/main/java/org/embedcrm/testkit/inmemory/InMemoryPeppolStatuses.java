package org.embedcrm.testkit.inmemory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.einvoicing.PeppolStatus;
import org.embedcrm.core.einvoicing.PeppolStatuses;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;

/** PEPPOL statuses in memory, one per contact. */
final class InMemoryPeppolStatuses implements PeppolStatuses {

    private final TransactionalMap<ContactId, PeppolStatus> rows;

    InMemoryPeppolStatuses(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public void save(PeppolStatus status) {
        rows.put(status.contact(), status);
    }

    @Override
    public Optional<PeppolStatus> find(TenantId tenant, ContactId contact) {
        return rows.get(contact).filter(s -> s.tenant().equals(tenant));
    }

    @Override
    public Map<ContactId, PeppolStatus> findAll(TenantId tenant, Collection<ContactId> contacts) {
        return contacts.stream().distinct().map(c -> find(tenant, c)).flatMap(Optional::stream)
                .collect(Collectors.toMap(PeppolStatus::contact, Function.identity()));
    }

    @Override
    public void remove(TenantId tenant, ContactId contact) {
        find(tenant, contact).ifPresent(s -> rows.remove(contact));
    }
}
