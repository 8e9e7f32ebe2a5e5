package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.party.Employment;
import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactCursor;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.shared.TenantId;

/** Contacts in memory, with the unique key the schema has: an e-mail address per tenant among active contacts. */
final class InMemoryContacts implements Contacts {

    private final TransactionalMap<ContactId, Contact.Snapshot> rows;

    InMemoryContacts(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public Optional<Contact> find(TenantId tenant, ContactId id) {
        return rows.get(id).filter(c -> c.tenant().equals(tenant)).map(Contact::restore);
    }

    @Override
    public List<Contact> findAll(TenantId tenant, Collection<ContactId> ids) {
        return ids.stream().distinct().map(id -> find(tenant, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public Contact add(Contact contact) {
        if (rows.get(contact.id()).isPresent()) {
            throw new ConflictException("contact.exists", "contact " + contact.id() + " is stored already", null);
        }
        return store(contact.snapshot(), 0, null);
    }

    @Override
    public Contact update(Contact contact) {
        Contact.Snapshot row = contact.snapshot();
        Contact.Snapshot stored = rows.get(row.id()).filter(c -> c.tenant().equals(row.tenant()))
                .orElseThrow(() -> ConflictException.staleVersion("contact", row.id(), row.version()));
        if (stored.version() != row.version()) {
            throw ConflictException.staleVersion("contact", row.id(), row.version());
        }
        return store(row, row.version() + 1, stored.lastInteractionAt());
    }

    @Override
    public void recordInteraction(TenantId tenant, ContactId id, Instant at, LocalDate nextContactDate) {
        rows.get(id).filter(c -> c.tenant().equals(tenant)).ifPresent(row -> rows.put(id, new Contact.Snapshot(
                row.id(), row.tenant(), row.version(), row.profile(), row.employments(), row.primaryContact(),
                row.roles(), row.status(), row.tags(), row.assignees(), row.rating(), row.internalNotes(),
                nextContactDate == null ? row.nextContactDate() : nextContactDate,
                row.lastInteractionAt() == null || row.lastInteractionAt().isBefore(at) ? at : row.lastInteractionAt(),
                row.consent(), row.terms(), row.origin(), row.archivedAt(), row.createdAt(), row.createdBy(),
                row.updatedAt())));
    }

    @Override
    public void remove(Contact contact) {
        Contact.Snapshot stored = rows.get(contact.id()).filter(c -> c.tenant().equals(contact.tenant()))
                .orElseThrow(() -> ConflictException.staleVersion("contact", contact.id(), contact.version()));
        if (stored.version() != contact.version()) {
            throw ConflictException.staleVersion("contact", contact.id(), contact.version());
        }
        rows.remove(contact.id());
    }

    @Override
    public Optional<Contact> activeWithEmail(TenantId tenant, EmailAddress email) {
        return tenantRows(tenant).filter(c -> c.archivedAt() == null)
                .filter(c -> c.profile().emails().stream().anyMatch(e -> e.matchKey().equals(email.matchKey())))
                .findFirst().map(Contact::restore);
    }

    @Override
    public List<Contact> activeWithPhone(TenantId tenant, PhoneNumber phone) {
        return tenantRows(tenant).filter(c -> c.archivedAt() == null)
                .filter(c -> c.profile().phones().stream().anyMatch(p -> p.e164().equals(phone.e164())))
                .map(Contact::restore).toList();
    }

    @Override
    public List<Contact> employeesOf(TenantId tenant, ContactId company) {
        return tenantRows(tenant).filter(c -> c.employments().stream().anyMatch(e -> e.company().equals(company)))
                .map(Contact::restore).sorted(byName()).toList();
    }

    @Override
    public ContactPage search(TenantId tenant, ContactQuery query) {
        List<Contact> matches = matching(tenant, query.filter()).toList();
        List<Contact> page = matches.stream().filter(c -> query.after() == null || ContactOrder.isAfter(query, c))
                .sorted(ContactOrder.of(query)).limit(query.pageSize() + 1L).toList();
        String next = null;
        if (page.size() > query.pageSize()) {
            page = page.subList(0, query.pageSize());
            Contact last = page.get(page.size() - 1);
            next = new ContactCursor(query.sort(), ContactCursor.keyOf(query.sort(), last), last.id()).encode();
        }
        return new ContactPage(page, matches.size(), next);
    }

    /** @return the tenant's contacts that the filter selects, in no particular order */
    Stream<Contact> matching(TenantId tenant, ContactFilter filter) {
        return tenantRows(tenant).map(Contact::restore).filter(new ContactMatcher(filter));
    }

    @Override
    public List<Contact> boardCards(TenantId tenant, int perStatus) {
        Map<ContactStatusId, List<Contact>> byStatus = tenantRows(tenant)
                .filter(c -> c.archivedAt() == null && c.status() != null).map(Contact::restore).sorted(byName())
                .collect(Collectors.groupingBy(c -> c.status().orElseThrow(), LinkedHashMap::new, Collectors.toList()));
        return byStatus.values().stream().flatMap(list -> list.stream().limit(perStatus)).toList();
    }

    @Override
    public Map<ContactStatusId, Long> countByStatus(TenantId tenant) {
        return tenantRows(tenant).filter(c -> c.archivedAt() == null && c.status() != null)
                .collect(Collectors.groupingBy(Contact.Snapshot::status, HashMap::new, Collectors.counting()));
    }

    @Override
    public Map<CustomerGroupId, Long> countByCustomerGroup(TenantId tenant) {
        return tenantRows(tenant).filter(c -> c.terms().customerGroup() != null)
                .collect(Collectors.groupingBy(c -> c.terms().customerGroup(), HashMap::new, Collectors.counting()));
    }

    @Override
    public boolean anyWithStatus(TenantId tenant, ContactStatusId status) {
        return tenantRows(tenant).anyMatch(c -> status.equals(c.status()));
    }

    @Override
    public boolean anyWithTag(TenantId tenant, TagId tag) {
        return tenantRows(tenant).anyMatch(c -> c.tags().contains(tag));
    }

    private Stream<Contact.Snapshot> tenantRows(TenantId tenant) {
        return rows.values().stream().filter(c -> c.tenant().equals(tenant));
    }

    private static Comparator<Contact> byName() {
        return ContactOrder.of(new ContactQuery(org.embedcrm.core.party.ContactFilter.activeContacts(),
                ContactSort.NAME, false, 1, null));
    }

    /** Stores a contact; its last interaction is the store's to keep, never taken from the caller's copy. */
    private Contact store(Contact.Snapshot row, long version, Instant lastInteractionAt) {
        if (row.archivedAt() == null) {
            for (EmailAddress email : row.profile().emails()) {
                activeWithEmail(row.tenant(), email).filter(other -> !other.id().equals(row.id())).ifPresent(other -> {
                    throw new ConflictException("contact.email-taken", "e-mail " + email.value()
                            + " belongs to contact '" + other.profile().displayName() + "' (" + other.id() + ")", null);
                });
            }
        }
        Contact.Snapshot stored = new Contact.Snapshot(row.id(), row.tenant(), version, row.profile(),
                row.employments(), row.primaryContact(), row.roles(), row.status(), row.tags(), row.assignees(),
                row.rating(), row.internalNotes(), row.nextContactDate(), lastInteractionAt, row.consent(), row.terms(),
                row.origin(),
                row.archivedAt(), row.createdAt(), row.createdBy(), row.updatedAt());
        rows.put(row.id(), stored);
        return Contact.restore(stored);
    }

    @Override
    public int reassignReferences(TenantId tenant, ContactId from, ContactId to) {
        List<Contact.Snapshot> linked = tenantRows(tenant).filter(c -> !c.id().equals(from))
                .filter(c -> from.equals(c.primaryContact())
                        || c.employments().stream().anyMatch(e -> e.company().equals(from)))
                .toList();
        linked.forEach(c -> {
            List<Employment> employments = new ArrayList<>();
            for (Employment e : c.employments()) {
                Employment moved = e.company().equals(from) ? new Employment(to, e.jobTitle()) : e;
                if (!moved.company().equals(c.id())
                        && employments.stream().noneMatch(k -> k.company().equals(moved.company()))) {
                    employments.add(moved);
                }
            }
            ContactId primary = from.equals(c.primaryContact()) ? (c.id().equals(to) ? null : to) : c.primaryContact();
            rows.put(c.id(), new Contact.Snapshot(c.id(), c.tenant(), c.version(), c.profile(), employments, primary,
                    c.roles(), c.status(), c.tags(), c.assignees(), c.rating(), c.internalNotes(),
                    c.nextContactDate(), c.lastInteractionAt(), c.consent(), c.terms(), c.origin(), c.archivedAt(),
                    c.createdAt(), c.createdBy(), c.updatedAt()));
        });
        return linked.size();
    }
}
