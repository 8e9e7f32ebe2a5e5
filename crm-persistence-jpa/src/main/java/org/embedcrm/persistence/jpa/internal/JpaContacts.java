package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.Session;

/**
 * Contacts in {@code embedcrm_contacts} and their child tables. Lists cost a fixed number of statements: the rows,
 * then one batch per kind of child row (see {@link ContactEntity}).
 */
final class JpaContacts extends JpaPort implements Contacts {

    // Window functions read the first cards of every status in one statement on H2, PostgreSQL and MariaDB alike;
    // the outer order is the name order the cards are grouped in afterwards.
    private static final String FIRST_CARDS_PER_STATUS = """
            select ranked.* from (
                select c.*, row_number() over (partition by c.status_id order by c.name_key, c.id) as card_rank
                from embedcrm_contacts c
                where c.tenant_id = :tenant and c.archived_at is null and c.status_id is not null) ranked
            where ranked.card_rank <= :perStatus
            order by ranked.name_key, ranked.id""";

    JpaContacts(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<Contact> find(TenantId tenant, ContactId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select c from EmbedCrmContact c where c.tenantId = :tenant and c.id = :id",
                        ContactEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(ContactEntity::toContact));
    }

    @Override
    public List<Contact> findAll(TenantId tenant, Collection<ContactId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inTransaction(() -> {
            Map<UUID, Contact> found = new HashMap<>();
            entityManager().createQuery(
                            "select c from EmbedCrmContact c where c.tenantId = :tenant and c.id in :ids",
                            ContactEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", ids.stream().map(ContactId::value).distinct().toList())
                    .getResultList().forEach(row -> {
                        Contact contact = row.toContact();
                        found.put(contact.id().value(), contact);
                    });
            return ids.stream().map(ContactId::value).distinct().map(found::get).filter(Objects::nonNull).toList();
        });
    }

    @Override
    public Contact add(Contact contact) {
        requireNew(contact.version(), "contact", contact.id());
        return inTransaction(() -> {
            ContactEntity row = new ContactEntity(contact.snapshot());
            entityManager().persist(row);
            entityManager().flush();
            return row.toContact();
        });
    }

    @Override
    public Contact update(Contact contact) {
        return inTransaction(() -> {
            ContactEntity row = stored(contact);
            row.copy(contact.snapshot());
            flush(row, contact.version());
            return row.toContact();
        });
    }

    /**
     * One update, so concurrent interactions never lose each other's time: the later of the stored time and
     * {@code at} wins in the database itself. A copy of the contact already loaded in this transaction is written
     * first and then evicted, so it neither overwrites the new values nor hands them out stale.
     */
    @Override
    public void recordInteraction(TenantId tenant, ContactId id, Instant at, LocalDate nextContactDate) {
        inTransaction(() -> {
            EntityManager entityManager = entityManager();
            entityManager.flush();
            Query update = entityManager.createQuery("""
                            update EmbedCrmContact c
                            set c.lastInteractionAt = case when c.lastInteractionAt is null or c.lastInteractionAt < :at
                                                           then :at else c.lastInteractionAt end"""
                            + (nextContactDate == null ? "" : ", c.nextContactDate = :next, c.nextContactKey = :next")
                            + " where c.tenantId = :tenant and c.id = :id")
                    .setParameter("at", at)
                    .setParameter("tenant", tenant.value())
                    .setParameter("id", id.value());
            if (nextContactDate != null) {
                update.setParameter("next", nextContactDate);
            }
            update.executeUpdate();
            Evictions.evict(entityManager, ContactEntity.class, row -> row.id().equals(id.value()));
            return null;
        });
    }

    @Override
    public void remove(Contact contact) {
        inTransaction(() -> {
            entityManager().remove(stored(contact));
            entityManager().flush();
            return null;
        });
    }

    @Override
    public Optional<Contact> activeWithEmail(TenantId tenant, EmailAddress email) {
        return inTransaction(() -> entityManager().createQuery("""
                        select c from EmbedCrmContact c join c.emails e
                        where c.tenantId = :tenant and e.tenantId = :tenant and e.activeMatchKey = :key""",
                        ContactEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("key", email.matchKey())
                .getResultList().stream().findFirst().map(ContactEntity::toContact));
    }

    /** Served by the index on the phones' digits; the E.164 form then tells apart numbers of other countries. */
    @Override
    public List<Contact> activeWithPhone(TenantId tenant, PhoneNumber phone) {
        return inTransaction(() -> entityManager().createQuery("""
                        select distinct c from EmbedCrmContact c join c.phones p
                        where c.tenantId = :tenant and p.tenantId = :tenant and p.digits = :digits
                          and p.e164 = :e164 and c.archivedAt is null""", ContactEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("digits", phone.digits())
                .setParameter("e164", phone.e164())
                .getResultList().stream().map(ContactEntity::toContact).toList());
    }

    @Override
    public List<Contact> employeesOf(TenantId tenant, ContactId company) {
        return inTransaction(() -> entityManager().createQuery("""
                        select c from EmbedCrmContact c
                        where c.tenantId = :tenant
                        and exists (select 1 from EmbedCrmContact p join p.employments e
                                    where p = c and e.companyId = :company)
                        order by c.nameKey, c.id""", ContactEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("company", company.value())
                .getResultList().stream().map(ContactEntity::toContact).toList());
    }

    @Override
    public ContactPage search(TenantId tenant, ContactQuery query) {
        return inTransaction(() -> {
            ContactSearch search = new ContactSearch(entityManager(), tenant, query);
            long total = search.total();
            List<ContactEntity> rows = search.pageAndOneMore();
            boolean more = rows.size() > query.pageSize();
            List<Contact> page = (more ? rows.subList(0, query.pageSize()) : rows).stream()
                    .map(ContactEntity::toContact).toList();
            String next = null;
            if (more) {
                next = search.cursorAfter(page.get(page.size() - 1));
            }
            return new ContactPage(page, total, next);
        });
    }

    @Override
    public List<Contact> boardCards(TenantId tenant, int perStatus) {
        if (perStatus < 1) {
            throw new IllegalArgumentException("perStatus must be at least 1: " + perStatus);
        }
        return inTransaction(() -> {
            List<ContactEntity> rows = entityManager().unwrap(Session.class)
                    .createNativeQuery(FIRST_CARDS_PER_STATUS, ContactEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("perStatus", perStatus)
                    .getResultList();
            // Grouped by status in the order each status's first card comes by name, as the in-memory store does.
            Map<ContactStatusId, List<Contact>> byStatus = new LinkedHashMap<>();
            rows.stream().map(ContactEntity::toContact).forEach(card -> byStatus
                    .computeIfAbsent(card.status().orElseThrow(), status -> new ArrayList<>()).add(card));
            return byStatus.values().stream().flatMap(List::stream).toList();
        });
    }

    @Override
    public Map<ContactStatusId, Long> countByStatus(TenantId tenant) {
        return inTransaction(() -> counts(entityManager().createQuery("""
                        select c.statusId, count(c) from EmbedCrmContact c
                        where c.tenantId = :tenant and c.archivedAt is null and c.statusId is not null
                        group by c.statusId""", Object[].class)
                .setParameter("tenant", tenant.value())
                .getResultList(), ContactStatusId::new));
    }

    @Override
    public Map<CustomerGroupId, Long> countByCustomerGroup(TenantId tenant) {
        return inTransaction(() -> counts(entityManager().createQuery("""
                        select c.terms.customerGroupId, count(c) from EmbedCrmContact c
                        where c.tenantId = :tenant and c.terms.customerGroupId is not null
                        group by c.terms.customerGroupId""", Object[].class)
                .setParameter("tenant", tenant.value())
                .getResultList(), CustomerGroupId::new));
    }

    @Override
    public boolean anyWithStatus(TenantId tenant, ContactStatusId status) {
        return inTransaction(() -> !entityManager().createQuery(
                        "select c.id from EmbedCrmContact c where c.tenantId = :tenant and c.statusId = :status",
                        UUID.class)
                .setParameter("tenant", tenant.value())
                .setParameter("status", status.value())
                .setMaxResults(1)
                .getResultList().isEmpty());
    }

    @Override
    public boolean anyWithTag(TenantId tenant, TagId tag) {
        return inTransaction(() -> !entityManager().createQuery("""
                        select c.id from EmbedCrmContact c join c.tags t
                        where c.tenantId = :tenant and t.tagId = :tag""", UUID.class)
                .setParameter("tenant", tenant.value())
                .setParameter("tag", tag.value())
                .setMaxResults(1)
                .getResultList().isEmpty());
    }

    /**
     * A fixed number of statements whatever the number of contacts (see {@link ContactReferences}); versions do not
     * change. Contacts loaded earlier in this transaction are written first and evicted after, so they neither
     * overwrite the moves nor hand out the old links.
     */
    @Override
    public int reassignReferences(TenantId tenant, ContactId from, ContactId to) {
        if (from.equals(to)) {
            return 0;
        }
        return inTransaction(() -> {
            EntityManager entityManager = entityManager();
            entityManager.flush();
            int changed = ContactReferences.move(entityManager, tenant, from, to);
            if (changed > 0) {
                Evictions.evictAll(entityManager, ContactEntity.class);
            }
            return changed;
        });
    }

    private ContactEntity stored(Contact contact) {
        ContactEntity row = entityManager().find(ContactEntity.class, contact.id().value());
        if (row == null || !row.belongsTo(contact.tenant()) || row.version() != contact.version()) {
            throw ConflictException.staleVersion("contact", contact.id(), contact.version());
        }
        return row;
    }

    private static <K> Map<K, Long> counts(List<Object[]> rows, Function<UUID, K> key) {
        Map<K, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(key.apply((UUID) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }
}
