package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.embedcrm.core.activity.Activities;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.ActivityKind;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * Activities in {@code embedcrm_activities} with their attending users and contacts. Lists cost a fixed number of
 * statements: the rows, then one batch per kind of attendee (see {@link ActivityEntity}); the task counts are one
 * aggregate query.
 */
final class JpaActivities extends JpaPort implements Activities {

    private static final String TASK = ActivityKind.TASK.name();

    JpaActivities(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<Activity> find(TenantId tenant, ActivityId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select a from EmbedCrmActivity a where a.tenantId = :tenant and a.id = :id",
                        ActivityEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(ActivityEntity::toActivity));
    }

    @Override
    public Activity add(Activity activity) {
        requireNew(activity.version(), "activity", activity.id());
        return inTransaction(() -> {
            ActivityEntity row = new ActivityEntity(activity);
            entityManager().persist(row);
            entityManager().flush();
            return row.toActivity();
        });
    }

    @Override
    public Activity update(Activity activity) {
        return inTransaction(() -> {
            ActivityEntity row = entityManager().find(ActivityEntity.class, activity.id().value());
            if (row == null || !row.belongsTo(activity.tenant()) || row.version() != activity.version()) {
                throw ConflictException.staleVersion("activity", activity.id(), activity.version());
            }
            row.copy(activity);
            flush(row, activity.version());
            return row.toActivity();
        });
    }

    @Override
    public List<Activity> calendar(TenantId tenant, Set<UserRef> users, Instant from, Instant to, int limit) {
        requirePositive(limit);
        if (users.isEmpty()) {
            return List.of();
        }
        return inTransaction(() -> activities(entityManager().createQuery("""
                        select a from EmbedCrmActivity a
                        where a.tenantId = :tenant and a.startsAt < :to and (a.endsAt > :from or a.startsAt >= :from)
                          and (a.owner in :users
                               or exists (select 1 from EmbedCrmActivity b join b.attendees t
                                          where b = a and t.attendee in :users))
                        order by a.startsAt, a.idText""", ActivityEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("users", users.stream().map(UserRef::value).toList()), limit));
    }

    @Override
    public List<Activity> upcomingTasks(TenantId tenant, UserRef owner, int limit) {
        requirePositive(limit);
        return inTransaction(() -> {
            String jpql = "select a from EmbedCrmActivity a"
                    + " where a.tenantId = :tenant and a.kind = :task and a.status <> :done"
                    + (owner == null ? "" : " and a.owner = :owner")
                    + " order by a.startsAt, a.idText";
            TypedQuery<ActivityEntity> query = entityManager().createQuery(jpql, ActivityEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("task", TASK)
                    .setParameter("done", ActivityStatus.DONE.name());
            if (owner != null) {
                query.setParameter("owner", owner.value());
            }
            return activities(query, limit);
        });
    }

    @Override
    public Map<ActivityStatus, Long> taskCountsByStatus(TenantId tenant) {
        return inTransaction(() -> {
            Map<ActivityStatus, Long> counts = new EnumMap<>(ActivityStatus.class);
            entityManager().createQuery("""
                            select a.status, count(a) from EmbedCrmActivity a
                            where a.tenantId = :tenant and a.kind = :task
                            group by a.status""", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("task", TASK)
                    .getResultList()
                    .forEach(row -> counts.put(ActivityStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
            return counts;
        });
    }

    @Override
    public List<Activity> timeline(TenantId tenant, Collection<RecordRef> subjects, TimelineCursor after, int limit) {
        return inTransaction(() -> TimelineRows.linkedTo("EmbedCrmActivity", "startsAt", subjects)
                .page(entityManager(), ActivityEntity.class, tenant, after, limit)
                .stream().map(ActivityEntity::toActivity).toList());
    }

    @Override
    public long count(TenantId tenant, RecordRef record) {
        return inTransaction(() -> RecordLinks.count(entityManager(), "EmbedCrmActivity", "attendeeContacts", tenant,
                record));
    }

    /**
     * A handful of set-based statements whatever the number of activities: the count, then (for a contact) the
     * attendee rows that would repeat an attendee are deleted and the others moved, then the activities themselves.
     * Versions stay: the activities were not edited, only what they point at was merged.
     */
    @Override
    public int reassign(TenantId tenant, RecordRef from, RecordRef to) {
        RecordLinks.requireSameKind(from, to);
        String link = RecordLinks.attribute(from);
        if (link == null || from.equals(to)) {
            return 0;
        }
        return inTransaction(() -> {
            int changed = (int) count(tenant, from);
            if (changed == 0) {
                return 0;
            }
            EntityManager entityManager = entityManager();
            entityManager.flush();
            if (from.kind() == RecordKind.CONTACT) {
                ChildTables.delete(entityManager, "embedcrm_activity_contacts", tenant, from, to, """
                        contact_id = :from and activity_id in (select q.activity_id from embedcrm_activity_contacts q
                            where q.contact_id = :to)""");
                ChildTables.move(entityManager, "embedcrm_activity_contacts", "contact_id", tenant, from, to);
            }
            entityManager.createQuery("update EmbedCrmActivity a set a." + link + " = :to"
                            + " where a.tenantId = :tenant and a." + link + " = :from")
                    .setParameter("to", to.id())
                    .setParameter("tenant", tenant.value())
                    .setParameter("from", from.id())
                    .executeUpdate();
            Evictions.evictAll(entityManager, ActivityEntity.class);
            return changed;
        });
    }

    private static List<Activity> activities(TypedQuery<ActivityEntity> query, int limit) {
        return query.setMaxResults(limit).getResultList().stream().map(ActivityEntity::toActivity).toList();
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }
}
