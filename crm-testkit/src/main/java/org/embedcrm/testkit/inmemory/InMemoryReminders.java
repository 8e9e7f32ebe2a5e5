package org.embedcrm.testkit.inmemory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.Reminder;
import org.embedcrm.core.activity.ReminderId;
import org.embedcrm.core.activity.Reminders;
import org.embedcrm.core.shared.TenantId;

/** Reminders in memory; a claim is atomic because in-memory transactions run one at a time. */
final class InMemoryReminders implements Reminders {

    private static final Comparator<Reminder> BY_TIME = Comparator.comparing(Reminder::remindAt)
            .thenComparing(r -> r.id().toString());

    private final TransactionalMap<ReminderId, Reminder> rows;
    private final InMemoryTransactions transactions;

    InMemoryReminders(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
        this.transactions = transactions;
    }

    @Override
    public List<Reminder> of(TenantId tenant, ActivityId activity) {
        return rows.values().stream().filter(r -> r.tenant().equals(tenant) && r.activity().equals(activity))
                .sorted(BY_TIME).toList();
    }

    @Override
    public void add(List<Reminder> reminders) {
        reminders.forEach(r -> rows.put(r.id(), r));
    }

    @Override
    public void remove(TenantId tenant, Collection<ReminderId> ids) {
        ids.forEach(id -> rows.get(id).filter(r -> r.tenant().equals(tenant)).ifPresent(r -> rows.remove(id)));
    }

    @Override
    public List<Reminder> due(TenantId tenant, Instant now, int limit) {
        return rows.values().stream().filter(r -> r.tenant().equals(tenant) && r.sentAt() == null)
                .filter(r -> !r.remindAt().isAfter(now)).sorted(BY_TIME).limit(limit).toList();
    }

    @Override
    public boolean claim(TenantId tenant, ReminderId id, Instant sentAt) {
        return transactions.inTransaction(() -> rows.get(id)
                .filter(r -> r.tenant().equals(tenant) && r.sentAt() == null)
                .map(r -> {
                    rows.put(id, new Reminder(r.id(), r.tenant(), r.activity(), r.before(), r.remindAt(), sentAt));
                    return true;
                }).orElse(false));
    }
}
