package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.shared.TenantId;

/**
 * A {@link LeadQuery} as two Criteria queries, the count of every match and one keyset page, with the semantics of the
 * in-memory store: criteria combine with AND; text is a case-insensitive substring of the title, contact name, company
 * name or e-mail match key (all lower-cased by Java when stored); leads come newest first, then by id descending; a
 * page starts strictly after the cursor's (creation time, id). User input only reaches the database as parameters.
 */
final class LeadSearch {

    private final EntityManager entityManager;
    private final CriteriaBuilder cb;
    private final TenantId tenant;
    private final LeadQuery query;

    LeadSearch(EntityManager entityManager, TenantId tenant, LeadQuery query) {
        this.entityManager = entityManager;
        this.cb = entityManager.getCriteriaBuilder();
        this.tenant = tenant;
        this.query = query;
    }

    /** @return how many leads the filter matches, whatever the page */
    long total() {
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<LeadEntity> lead = count.from(LeadEntity.class);
        count.select(cb.count(lead)).where(matching(lead).toArray(Predicate[]::new));
        return entityManager.createQuery(count).getSingleResult();
    }

    /** @return the page's rows in order, plus the first row of the next page when there is one */
    List<LeadEntity> pageAndOneMore() {
        CriteriaQuery<LeadEntity> page = cb.createQuery(LeadEntity.class);
        Root<LeadEntity> lead = page.from(LeadEntity.class);
        List<Predicate> where = matching(lead);
        Path<Instant> createdAt = lead.get(LeadEntity.CREATED_AT);
        Path<String> idKey = lead.get(LeadEntity.ID_KEY);
        if (query.afterLead() != null) {
            // Written as created <= last and (created < last or id < last id): the first half is a range of the index.
            Instant lastCreated = query.afterCreated();
            where.add(cb.and(cb.lessThanOrEqualTo(createdAt, lastCreated), cb.or(cb.lessThan(createdAt, lastCreated),
                    cb.lessThan(idKey, LeadEntity.idKey(query.afterLead())))));
        }
        page.select(lead).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(createdAt), cb.desc(idKey));
        return entityManager.createQuery(page).setMaxResults(query.pageSize() + 1).getResultList();
    }

    private List<Predicate> matching(Root<LeadEntity> lead) {
        LeadFilter f = query.filter();
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(lead.get(LeadEntity.TENANT), tenant.value()));
        if (!f.statuses().isEmpty()) {
            where.add(lead.get(LeadEntity.STATUS).in(f.statuses().stream().map(LeadStatusId::value).toList()));
        }
        if (f.source() != null) {
            where.add(cb.equal(lead.get(LeadEntity.SOURCE), f.source().value()));
        }
        if (f.assignee() != null) {
            where.add(cb.equal(lead.get(LeadEntity.ASSIGNEE), f.assignee().value()));
        }
        if (f.text() != null) {
            String pattern = LikePatterns.containing(LeadEntity.key(f.text()));
            where.add(cb.or(Stream.of(LeadEntity.TITLE_KEY, LeadEntity.CONTACT_NAME_KEY, LeadEntity.COMPANY_NAME_KEY,
                            LeadEntity.EMAIL_KEY)
                    .map(column -> cb.like(lead.get(column), pattern, LikePatterns.ESCAPE))
                    .toArray(Predicate[]::new)));
        }
        return where;
    }
}
