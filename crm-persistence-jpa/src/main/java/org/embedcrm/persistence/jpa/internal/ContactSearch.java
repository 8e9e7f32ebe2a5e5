package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactCursor;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.shared.TenantId;

/**
 * A {@link ContactQuery} as two Criteria queries, the count of every match and one keyset page, with the semantics of
 * the testkit's {@code ContactMatcher} and {@code ContactOrder}: criteria combine with AND; text is a case-insensitive
 * substring of the name key or of an e-mail match key, or (with 3 digits or more) of a phone number's digits; rows are
 * ordered by the sort key, then by id, both reversed for a descending order; a page starts strictly after the
 * cursor's (key, id). User input only ever reaches the database as bound parameters.
 */
final class ContactSearch {

    private final EntityManager entityManager;
    private final CriteriaBuilder cb;
    private final TenantId tenant;
    private final ContactQuery query;

    ContactSearch(EntityManager entityManager, TenantId tenant, ContactQuery query) {
        this.entityManager = entityManager;
        this.cb = entityManager.getCriteriaBuilder();
        this.tenant = tenant;
        this.query = query;
    }

    /** @return how many contacts the filter matches, whatever the page */
    long total() {
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<ContactEntity> contact = count.from(ContactEntity.class);
        count.select(cb.count(contact)).where(matching(count, contact).toArray(Predicate[]::new));
        return entityManager.createQuery(count).getSingleResult();
    }

    /** @return the page's rows in order, plus the first row of the next page when there is one */
    List<ContactEntity> pageAndOneMore() {
        CriteriaQuery<ContactEntity> page = cb.createQuery(ContactEntity.class);
        Root<ContactEntity> contact = page.from(ContactEntity.class);
        List<Predicate> where = matching(page, contact);
        if (query.after() != null) {
            where.add(afterCursor(contact, query.after()));
        }
        Path<UUID> id = contact.get(ContactEntity.ID);
        Expression<?> key = sortKey(contact);
        List<Order> order = query.descending() ? List.of(cb.desc(key), cb.desc(id)) : List.of(cb.asc(key), cb.asc(id));
        page.select(contact).where(where.toArray(Predicate[]::new)).orderBy(order);
        return entityManager.createQuery(page).setMaxResults(query.pageSize() + 1).getResultList();
    }

    /**
     * @param last the last contact of a page of this query; never null
     * @return the cursor of the page after it
     */
    String cursorAfter(Contact last) {
        return new ContactCursor(query.sort(), ContactCursor.keyOf(query.sort(), last), last.id()).encode();
    }

    private Expression<?> sortKey(Root<ContactEntity> contact) {
        return switch (query.sort()) {
            case NAME -> contact.get(ContactEntity.NAME_KEY);
            case CREATED -> contact.get(ContactEntity.CREATED_AT);
            case RATING -> contact.get(ContactEntity.RATING);
            case NEXT_CONTACT -> contact.get(ContactEntity.NEXT_CONTACT_KEY);
        };
    }

    private Predicate afterCursor(Root<ContactEntity> contact, ContactCursor cursor) {
        Path<UUID> id = contact.get(ContactEntity.ID);
        UUID lastId = cursor.id().value();
        return switch (query.sort()) {
            case NAME -> after(contact.<String>get(ContactEntity.NAME_KEY), cursor.key(), id, lastId);
            case CREATED -> after(contact.<Instant>get(ContactEntity.CREATED_AT), cursor.instantKey(), id, lastId);
            case RATING -> after(contact.<Integer>get(ContactEntity.RATING), cursor.ratingKey(), id, lastId);
            case NEXT_CONTACT -> after(contact.<LocalDate>get(ContactEntity.NEXT_CONTACT_KEY), cursor.dateKey(), id,
                    lastId);
        };
    }

    /**
     * (key, id) strictly after (lastKey, lastId) in the query's direction, written as {@code key >= lastKey and
     * (key > lastKey or id > lastId)}: the first half is a range the sort index can start from.
     */
    private <K extends Comparable<? super K>> Predicate after(Expression<K> key, K lastKey, Path<UUID> id,
                                                             UUID lastId) {
        if (query.descending()) {
            return cb.and(cb.lessThanOrEqualTo(key, lastKey),
                    cb.or(cb.lessThan(key, lastKey), cb.lessThan(id, lastId)));
        }
        return cb.and(cb.greaterThanOrEqualTo(key, lastKey),
                cb.or(cb.greaterThan(key, lastKey), cb.greaterThan(id, lastId)));
    }

    private List<Predicate> matching(AbstractQuery<?> owner, Root<ContactEntity> contact) {
        ContactFilter f = query.filter();
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(contact.get(ContactEntity.TENANT), tenant.value()));
        switch (f.archive()) {
            case ACTIVE -> where.add(cb.isNull(contact.get(ContactEntity.ARCHIVED_AT)));
            case ARCHIVED -> where.add(cb.isNotNull(contact.get(ContactEntity.ARCHIVED_AT)));
            case ALL -> { }
        }
        if (f.text() != null) {
            where.add(text(owner, contact, f));
        }
        if (f.type() != null) {
            where.add(cb.equal(contact.get(ContactEntity.TYPE), f.type().name()));
        }
        if (!f.statuses().isEmpty()) {
            where.add(contact.get(ContactEntity.STATUS).in(f.statuses().stream().map(ContactStatusId::value).toList()));
        }
        if (f.minRating() != null) {
            where.add(cb.greaterThanOrEqualTo(contact.get(ContactEntity.RATING), f.minRating()));
        }
        if (f.exactRating() != null) {
            where.add(cb.equal(contact.get(ContactEntity.RATING), f.exactRating()));
        }
        if (!f.anyTags().isEmpty()) {
            List<UUID> tags = f.anyTags().stream().map(TagId::value).toList();
            where.add(exists(owner, contact, ContactEntity.TAGS, tag -> tag.get("tagId").in(tags)));
        }
        for (TagId required : f.allTags()) {
            where.add(exists(owner, contact, ContactEntity.TAGS, tag -> cb.equal(tag.get("tagId"), required.value())));
        }
        if (f.country() != null) {
            where.add(cb.equal(contact.get(ContactEntity.COUNTRY), f.country().value()));
        }
        if (f.language() != null) {
            where.add(cb.equal(contact.get(ContactEntity.LANGUAGE), f.language().value()));
        }
        if (!f.roles().isEmpty()) {
            Path<RoleColumns> roles = contact.get(ContactEntity.ROLES);
            where.add(cb.or(f.roles().stream()
                    .map(role -> cb.isTrue(roles.get(RoleColumns.attribute(role))))
                    .toArray(Predicate[]::new)));
        }
        if (f.assignee() != null) {
            where.add(exists(owner, contact, ContactEntity.ASSIGNEES,
                    row -> cb.equal(row.get("assignee"), f.assignee().value())));
        }
        if (f.customerGroup() != null) {
            where.add(cb.equal(contact.get(ContactEntity.TERMS).get(TermsColumns.CUSTOMER_GROUP),
                    f.customerGroup().value()));
        }
        if (f.createdFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(contact.get(ContactEntity.CREATED_AT), f.createdFrom()));
        }
        if (f.createdBefore() != null) {
            where.add(cb.lessThan(contact.get(ContactEntity.CREATED_AT), f.createdBefore()));
        }
        return where;
    }

    /**
     * The name key, or any e-mail match key, or (3 digits or more) any phone's digits. The child rows are matched
     * by uncorrelated {@code id in (...)} subqueries: under an OR, PostgreSQL evaluates them once, as a hashed set,
     * where the correlated EXISTS form cost several times as much per contact.
     */
    private Predicate text(AbstractQuery<?> owner, Root<ContactEntity> contact, ContactFilter f) {
        String pattern = LikePatterns.containing(f.text().toLowerCase(Locale.ROOT));
        List<Predicate> any = new ArrayList<>();
        any.add(cb.like(contact.get(ContactEntity.NAME_KEY), pattern, LikePatterns.ESCAPE));
        any.add(holding(owner, contact, ContactEntity.EMAILS,
                email -> cb.like(email.<String>get("matchKey"), pattern, LikePatterns.ESCAPE)));
        String digits = f.textDigits();
        if (digits != null) {
            String digitPattern = LikePatterns.containing(digits);
            any.add(holding(owner, contact, ContactEntity.PHONES,
                    phone -> cb.like(phone.<String>get("digits"), digitPattern, LikePatterns.ESCAPE)));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    /** @return whether the contact is among the tenant's contacts with a child row that meets the condition */
    private Predicate holding(AbstractQuery<?> owner, Root<ContactEntity> contact, String collection,
                              Function<From<ContactEntity, ?>, Predicate> condition) {
        Subquery<UUID> holders = owner.subquery(UUID.class);
        Root<ContactEntity> holder = holders.from(ContactEntity.class);
        From<ContactEntity, ?> row = holder.join(collection);
        holders.select(holder.get(ContactEntity.ID))
                .where(cb.equal(row.get("tenantId"), tenant.value()), condition.apply(row));
        return contact.get(ContactEntity.ID).in(holders);
    }

    /** @return whether the contact has a row in the child collection that meets the condition */
    private Predicate exists(AbstractQuery<?> owner, Root<ContactEntity> contact, String collection,
                             Function<From<ContactEntity, ?>, Predicate> condition) {
        Subquery<Integer> rows = owner.subquery(Integer.class);
        Root<ContactEntity> same = rows.correlate(contact);
        From<ContactEntity, ?> row = same.join(collection);
        return cb.exists(rows.select(cb.literal(1)).where(condition.apply(row)));
    }
}
