package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.Reminder;
import org.embedcrm.core.activity.ReminderId;
import org.embedcrm.core.activity.Reminders;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/**
 * Reminders in {@code embedcrm_reminders}. A claim is one conditional update ({@code ... where sent_at is null}): the
 * database lets only one of two concurrent claims change the row, so two dispatchers on two connections never both
 * send a reminder. Rows are read detached, never changed through the persistence context, so none goes stale there.
 */
final class JpaReminders extends JpaPort implements Reminders {

    JpaReminders(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public List<Reminder> of(TenantId tenant, ActivityId activity) {
        return inTransaction(() -> entityManager().createQuery("""
                        select r from EmbedCrmReminder r where r.tenantId = :tenant and r.activityId = :activity
                        order by r.remindAt, r.id""", ReminderEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("activity", activity.value())
                .getResultList().stream().map(this::detached).toList());
    }

    @Override
    public void add(List<Reminder> reminders) {
        if (reminders.isEmpty()) {
            return;
        }
        inTransaction(() -> {
            List<ReminderEntity> rows = reminders.stream().map(ReminderEntity::new).toList();
            rows.forEach(entityManager()::persist);
            entityManager().flush();
            rows.forEach(entityManager()::detach);
            return null;
        });
    }

    @Override
    public void remove(TenantId tenant, Collection<ReminderId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        inTransaction(() -> {
            entityManager().flush();
            return entityManager().createQuery(
                            "delete from EmbedCrmReminder r where r.tenantId = :tenant and r.id in :ids")
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", ids.stream().map(ReminderId::value).distinct().toList())
                    .executeUpdate();
        });
    }

    @Override
    public List<Reminder> due(TenantId tenant, Instant now, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return inTransaction(() -> entityManager().createQuery("""
                        select r from EmbedCrmReminder r
                        where r.tenantId = :tenant and r.sentAt is null and r.remindAt <= :now
                        order by r.remindAt, r.id""", ReminderEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList().stream().map(this::detached).toList());
    }

    @Override
    public boolean claim(TenantId tenant, ReminderId id, Instant sentAt) {
        return inTransaction(() -> {
            entityManager().flush();
            return entityManager().createQuery("""
                            update EmbedCrmReminder r set r.sentAt = :sentAt
                            where r.tenantId = :tenant and r.id = :id and r.sentAt is null""")
                    .setParameter("sentAt", sentAt)
                    .setParameter("tenant", tenant.value())
                    .setParameter("id", id.value())
                    .executeUpdate() == 1;
        });
    }

    private Reminder detached(ReminderEntity row) {
        entityManager().detach(row);
        return row.toReminder();
    }
}
