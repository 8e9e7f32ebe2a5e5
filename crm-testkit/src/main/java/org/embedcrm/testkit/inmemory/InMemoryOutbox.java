package org.embedcrm.testkit.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.embedcrm.core.outbox.Outbox;
import org.embedcrm.core.outbox.OutboxEntry;
import org.embedcrm.core.outbox.OutboxEntryId;
import org.embedcrm.core.outbox.OutboxState;
import org.embedcrm.core.shared.TenantId;

/** The outbox in memory; a claim is atomic because in-memory transactions run one at a time. */
final class InMemoryOutbox implements Outbox {

    private final TransactionalMap<OutboxEntryId, OutboxEntry> rows;
    private final InMemoryTransactions transactions;

    InMemoryOutbox(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
        this.transactions = transactions;
    }

    @Override
    public void add(List<OutboxEntry> entries) {
        entries.forEach(e -> rows.put(e.id(), e));
    }

    @Override
    public Optional<OutboxEntry> find(TenantId tenant, OutboxEntryId id) {
        return rows.get(id).filter(e -> e.tenant().equals(tenant));
    }

    @Override
    public List<OutboxEntry> due(TenantId tenant, Instant now, int limit) {
        return rows.values().stream().filter(e -> e.tenant().equals(tenant)).filter(free(now))
                .sorted(Comparator.comparing(OutboxEntry::nextAttemptAt).thenComparing(e -> e.id().toString()))
                .limit(limit).toList();
    }

    @Override
    public boolean claim(TenantId tenant, OutboxEntryId id, Instant now, Instant leaseUntil) {
        return change(tenant, id, free(now), e -> copy(e, e.state(), e.attempts(), e.nextAttemptAt(), leaseUntil,
                e.deliveredAt(), e.lastError()));
    }

    @Override
    public void delivered(TenantId tenant, OutboxEntryId id, Instant at) {
        change(tenant, id, e -> true, e -> copy(e, OutboxState.DELIVERED, e.attempts() + 1, e.nextAttemptAt(), null,
                at, null));
    }

    @Override
    public void failed(TenantId tenant, OutboxEntryId id, int attempts, Instant nextAttemptAt, String error,
                       boolean dead) {
        change(tenant, id, e -> true, e -> copy(e, dead ? OutboxState.DEAD : OutboxState.PENDING, attempts,
                nextAttemptAt, null, null, error));
    }

    @Override
    public boolean requeue(TenantId tenant, OutboxEntryId id, Instant now) {
        return change(tenant, id, e -> e.state() == OutboxState.DEAD, e -> copy(e, OutboxState.PENDING, 0, now, null,
                null, e.lastError()));
    }

    @Override
    public List<OutboxEntry> inState(TenantId tenant, OutboxState state, int limit) {
        return rows.values().stream().filter(e -> e.tenant().equals(tenant) && e.state() == state)
                .sorted(Comparator.comparing(OutboxEntry::createdAt).thenComparing(e -> e.id().toString()))
                .limit(limit).toList();
    }

    @Override
    public Map<OutboxState, Long> countByState(TenantId tenant) {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        rows.values().stream().filter(e -> e.tenant().equals(tenant))
                .forEach(e -> counts.merge(e.state(), 1L, Long::sum));
        return counts;
    }

    private static Predicate<OutboxEntry> free(Instant now) {
        return e -> e.state() == OutboxState.PENDING && !e.nextAttemptAt().isAfter(now)
                && (e.leaseUntil() == null || e.leaseUntil().isBefore(now));
    }

    private boolean change(TenantId tenant, OutboxEntryId id, Predicate<OutboxEntry> when,
                           UnaryOperator<OutboxEntry> how) {
        return transactions.inTransaction(() -> find(tenant, id).filter(when).map(e -> {
            rows.put(id, how.apply(e));
            return true;
        }).orElse(false));
    }

    private static OutboxEntry copy(OutboxEntry e, OutboxState state, int attempts, Instant next, Instant lease,
                                    Instant deliveredAt, String error) {
        return new OutboxEntry(e.id(), e.tenant(), e.topic(), e.idempotencyKey(), e.payload(), state, attempts, next,
                lease, e.createdAt(), deliveredAt, error);
    }
}
