package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadPage;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.Session;

/**
 * Leads in {@code embedcrm_leads}, unique by e-mail match key within the tenant, with the deals opened from them in
 * {@code embedcrm_lead_opportunities}. Every list is newest first, then by id descending as unsigned bytes (see
 * {@link LeadEntity#idKey}), as in memory.
 */
final class JpaLeads extends JpaPort implements Leads {

    // Window functions read the newest cards of every status in one statement on H2, PostgreSQL and MariaDB alike;
    // the outer order is the one the cards are grouped in afterwards.
    private static final String NEWEST_CARDS_PER_STATUS = """
            select ranked.* from (
                select l.*, row_number() over (partition by l.status_id order by l.created_at desc, l.id_key desc)
                    as card_rank
                from embedcrm_leads l
                where l.tenant_id = :tenant) ranked
            where ranked.card_rank <= :perStatus
            order by ranked.created_at desc, ranked.id_key desc""";

    private static final String APPEND_OPPORTUNITIES = """
            insert into embedcrm_lead_opportunities (lead_id, position, deal_id)
            select k.id, (select coalesce(max(t.position), -1) from embedcrm_lead_opportunities t
                          where t.lead_id = k.id) + row_number() over (order by s.position), s.deal_id
            from embedcrm_lead_opportunities s
            join embedcrm_leads l on l.id = s.lead_id and l.tenant_id = :tenant
            join embedcrm_leads k on k.id = :to and k.tenant_id = :tenant
            where s.lead_id = :from
              and s.deal_id not in (select t.deal_id from embedcrm_lead_opportunities t where t.lead_id = :to)""";

    JpaLeads(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<Lead> find(TenantId tenant, LeadId id) {
        return inTransaction(() -> entityManager().createQuery("""
                        select l from EmbedCrmLead l left join fetch l.opportunities
                        where l.tenantId = :tenant and l.id = :id""", LeadEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(LeadEntity::toLead));
    }

    @Override
    public Lead add(Lead lead) {
        requireNew(lead.version(), "lead", lead.id());
        return inTransaction(() -> {
            LeadEntity row = new LeadEntity(lead.snapshot());
            entityManager().persist(row);
            entityManager().flush();
            return row.toLead();
        });
    }

    @Override
    public Lead update(Lead lead) {
        return inTransaction(() -> {
            LeadEntity row = stored(lead);
            row.copy(lead.snapshot());
            flush(row, lead.version());
            return row.toLead();
        });
    }

    @Override
    public void remove(Lead lead) {
        inTransaction(() -> {
            entityManager().remove(stored(lead));
            entityManager().flush();
            return null;
        });
    }

    /**
     * One insert-select appends the deals only {@code from} has to those of {@code to}, numbered after them in
     * {@code from}'s order. Leads loaded earlier in this transaction are written first and evicted after.
     */
    @Override
    public int reassignOpportunities(TenantId tenant, LeadId from, LeadId to) {
        if (from.equals(to)) {
            return 0;
        }
        return inTransaction(() -> {
            EntityManager entityManager = entityManager();
            entityManager.flush();
            int added = entityManager.createNativeQuery(APPEND_OPPORTUNITIES)
                    .setParameter("from", from.value())
                    .setParameter("to", to.value())
                    .setParameter("tenant", tenant.value())
                    .executeUpdate();
            if (added > 0) {
                Evictions.evictAll(entityManager, LeadEntity.class);
            }
            return added;
        });
    }

    @Override
    public Optional<Lead> withEmail(TenantId tenant, EmailAddress email) {
        return inTransaction(() -> entityManager().createQuery(
                        "select l from EmbedCrmLead l where l.tenantId = :tenant and l.emailKey = :key",
                        LeadEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("key", email.matchKey())
                .getResultList().stream().findFirst().map(LeadEntity::toLead));
    }

    @Override
    public List<Lead> withPhone(TenantId tenant, PhoneNumber phone) {
        return inTransaction(() -> entityManager().createQuery("""
                        select l from EmbedCrmLead l where l.tenantId = :tenant and l.phoneE164 = :phone
                        order by l.createdAt desc, l.idKey desc""", LeadEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("phone", phone.e164())
                .getResultList().stream().map(LeadEntity::toLead).toList());
    }

    @Override
    public LeadPage search(TenantId tenant, LeadQuery query) {
        return inTransaction(() -> {
            LeadSearch search = new LeadSearch(entityManager(), tenant, query);
            long total = search.total();
            List<LeadEntity> rows = search.pageAndOneMore();
            boolean more = rows.size() > query.pageSize();
            List<Lead> page = (more ? rows.subList(0, query.pageSize()) : rows).stream()
                    .map(LeadEntity::toLead).toList();
            return new LeadPage(page, total, more ? LeadQuery.cursorAfter(page.get(page.size() - 1)) : null);
        });
    }

    @Override
    public List<Lead> boardCards(TenantId tenant, int perStatus) {
        if (perStatus < 1) {
            throw new IllegalArgumentException("perStatus must be at least 1: " + perStatus);
        }
        return inTransaction(() -> {
            List<LeadEntity> rows = entityManager().unwrap(Session.class)
                    .createNativeQuery(NEWEST_CARDS_PER_STATUS, LeadEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("perStatus", perStatus)
                    .getResultList();
            // Grouped by status in the order each status's newest card comes, as the in-memory store does.
            Map<LeadStatusId, List<Lead>> byStatus = new LinkedHashMap<>();
            rows.stream().map(LeadEntity::toLead)
                    .forEach(card -> byStatus.computeIfAbsent(card.status(), status -> new ArrayList<>()).add(card));
            return byStatus.values().stream().flatMap(List::stream).toList();
        });
    }

    @Override
    public long countForContact(TenantId tenant, ContactId contact) {
        return inTransaction(() -> entityManager().createQuery("""
                        select count(l) from EmbedCrmLead l
                        where l.tenantId = :tenant and (l.referentId = :contact
                            or l.conversion.customerId = :contact or l.conversion.companyId = :contact)""", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("contact", contact.value())
                .getSingleResult());
    }

    /**
     * One update of the customer, company and referent columns, so that the contact merged away keeps no lead (the
     * referent has a foreign key, and {@link #countForContact} counts it for the merge preview); versions stay as
     * they are. Leads loaded earlier in this transaction are written first and evicted after.
     */
    @Override
    public int reassignContact(TenantId tenant, ContactId from, ContactId to) {
        if (from.equals(to)) {
            return 0;
        }
        return inTransaction(() -> {
            EntityManager entityManager = entityManager();
            entityManager.flush();
            int changed = entityManager.createQuery("""
                            update EmbedCrmLead l
                            set l.conversion.customerId = case when l.conversion.customerId = :from then :to
                                                          else l.conversion.customerId end,
                                l.conversion.companyId = case when l.conversion.companyId = :from then :to
                                                         else l.conversion.companyId end,
                                l.referentId = case when l.referentId = :from then :to else l.referentId end
                            where l.tenantId = :tenant and (l.conversion.customerId = :from
                                or l.conversion.companyId = :from or l.referentId = :from)""")
                    .setParameter("from", from.value())
                    .setParameter("to", to.value())
                    .setParameter("tenant", tenant.value())
                    .executeUpdate();
            if (changed > 0) {
                Evictions.evictAll(entityManager, LeadEntity.class);
            }
            return changed;
        });
    }

    private LeadEntity stored(Lead lead) {
        LeadEntity row = entityManager().find(LeadEntity.class, lead.id().value());
        if (row == null || !row.belongsTo(lead.tenant()) || row.version() != lead.version()) {
            throw ConflictException.staleVersion("lead", lead.id(), lead.version());
        }
        return row;
    }

    @Override
    public Map<LeadStatusId, Long> countByStatus(TenantId tenant) {
        return inTransaction(() -> {
            Map<LeadStatusId, Long> counts = new HashMap<>();
            entityManager().createQuery("""
                            select l.statusId, count(l) from EmbedCrmLead l where l.tenantId = :tenant
                            group by l.statusId""", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .getResultList()
                    .forEach(row -> counts.put(new LeadStatusId((UUID) row[0]), ((Number) row[1]).longValue()));
            return counts;
        });
    }
}
