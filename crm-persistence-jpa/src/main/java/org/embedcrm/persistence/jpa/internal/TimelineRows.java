package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.shared.TenantId;

/**
 * One keyset page of a timeline source in one statement: the tenant's rows about any of the subjects that come after
 * the cursor, newest first, then by {@code idText} descending, at most {@code limit}. {@code idText} is the id's
 * canonical text with a binary collation (see V5), so the order is the core's {@link TimelineCursor#ORDER} on every
 * database, and a cursor whose id is not a UUID at all (the core uses such cursors past host entries) compares the
 * same way as in memory.
 */
final class TimelineRows {

    private final String entity;
    private final String at;
    private final List<String> subjectConditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private TimelineRows(String entity, String at) {
        this.entity = entity;
        this.at = at;
    }

    /**
     * Rows linked to a subject through their {@code contactId}, {@code leadId} or {@code dealId}; subjects of other
     * kinds match nothing.
     */
    static TimelineRows linkedTo(String entity, String at, Collection<RecordRef> subjects) {
        TimelineRows rows = new TimelineRows(entity, at);
        Map<RecordKind, List<UUID>> ids = byKind(subjects);
        rows.linked("contactId", ids.get(RecordKind.CONTACT));
        rows.linked("leadId", ids.get(RecordKind.LEAD));
        rows.linked("dealId", ids.get(RecordKind.DEAL));
        return rows;
    }

    /** Rows about a subject through their {@code recordKind} and {@code recordId}. */
    static TimelineRows about(String entity, String at, Collection<RecordRef> subjects) {
        TimelineRows rows = new TimelineRows(entity, at);
        byKind(subjects).forEach((kind, ids) -> {
            int n = rows.subjectConditions.size();
            rows.subjectConditions.add("(r.recordKind = :kind" + n + " and r.recordId in :ids" + n + ")");
            rows.parameters.put("kind" + n, kind.name());
            rows.parameters.put("ids" + n, ids);
        });
        return rows;
    }

    /**
     * @return the page; no statement at all when no subject can match
     */
    <T> List<T> page(EntityManager entityManager, Class<T> type, TenantId tenant, TimelineCursor after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (subjectConditions.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select r from ").append(entity)
                .append(" r where r.tenantId = :tenant and (").append(String.join(" or ", subjectConditions))
                .append(')');
        if (after != null) {
            jpql.append(" and (r.").append(at).append(" < :afterAt or (r.").append(at)
                    .append(" = :afterAt and r.idText < :afterId))");
        }
        jpql.append(" order by r.").append(at).append(" desc, r.idText desc");
        TypedQuery<T> query = entityManager.createQuery(jpql.toString(), type)
                .setParameter("tenant", tenant.value());
        parameters.forEach(query::setParameter);
        if (after != null) {
            query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    private void linked(String attribute, List<UUID> ids) {
        if (ids != null) {
            subjectConditions.add("r." + attribute + " in :" + attribute);
            parameters.put(attribute, ids);
        }
    }

    private static Map<RecordKind, List<UUID>> byKind(Collection<RecordRef> subjects) {
        Map<RecordKind, List<UUID>> ids = new EnumMap<>(RecordKind.class);
        subjects.stream().distinct()
                .forEach(s -> ids.computeIfAbsent(s.kind(), kind -> new ArrayList<>()).add(s.id()));
        return ids;
    }
}
