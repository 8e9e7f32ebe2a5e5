package org.embedcrm.core.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox. Services {@link #enqueue} messages inside their transaction; right after commit this
 * node tries to deliver them once, and the host's scheduler calls {@link #deliverDue(Instant)} (e.g. every minute,
 * on any number of nodes) to retry what failed, with exponential backoff, until the entry is delivered or dead.
 * Obtain it from {@link org.embedcrm.core.Crm#outbox()}.
 *
 * <p>Delivery is at least once: a receiver gets the entry's idempotency key with every attempt. A handler that
 * throws {@link UndeliverableException} makes the entry dead at once. Each attempt starts
 * with a conditional claim, so two dispatchers never deliver the same entry at the same time; a dispatcher that
 * dies while holding an entry loses it when its lease ends.
 */
public final class OutboxService {

    /** Entries read per round of {@link #deliverDue}. */
    public static final int BATCH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxService.class);

    private final ServiceContext ctx;
    private final Outbox outbox;
    private final Map<String, OutboxHandler> handlers;
    private final RetryPolicy policy;

    /**
     * @param ctx      the service plumbing; never null
     * @param outbox   the outbox port; never null
     * @param handlers one per topic; never null
     * @param policy   retries and leases; never null
     */
    public OutboxService(ServiceContext ctx, Outbox outbox, List<OutboxHandler> handlers, RetryPolicy policy) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(OutboxHandler::topic,
                Function.identity()));
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Writes a message in the current transaction (or in one of its own); unless its handler leaves delivery to
     * the dispatcher, this node tries to deliver it right after commit.
     *
     * @param topic   the topic of a registered handler; never null
     * @param payload what to deliver; never null
     * @return the entry's id
     * @throws IllegalArgumentException when no handler delivers that topic
     */
    public OutboxEntryId enqueue(String topic, Map<String, String> payload) {
        if (!handlers.containsKey(topic)) {
            throw new IllegalArgumentException("no outbox handler delivers topic " + topic);
        }
        return ctx.run(() -> {
            OutboxEntryId id = new OutboxEntryId(ctx.ids().next());
            outbox.add(List.of(OutboxEntry.pending(id, ctx.tenant(), topic, payload, ctx.now())));
            if (handlers.get(topic).deliverRightAfterCommit()) {
                ctx.transactions().afterCommit(() -> attemptAfterCommit(id));
            }
            return id;
        });
    }

    /**
     * Delivers every entry of the tenant that is due at {@code now} and that no other dispatcher holds.
     *
     * @param now the scheduler's time; never null
     * @return what was delivered, retried and given up
     */
    public DeliveryReport deliverDue(Instant now) {
        Objects.requireNonNull(now, "now");
        DeliveryReport report = new DeliveryReport(0, 0, 0);
        List<OutboxEntry> due = ctx.run(() -> outbox.due(ctx.tenant(), now, BATCH));
        while (!due.isEmpty()) {
            for (OutboxEntry entry : due) {
                report = report.plus(attempt(entry, now));
            }
            due = due.size() < BATCH ? List.of() : ctx.run(() -> outbox.due(ctx.tenant(), now, BATCH));
        }
        return report;
    }

    /**
     * @param state a state; never null
     * @param limit at most this many, at least 1
     * @return the tenant's entries in that state, oldest first (e.g. the dead letters to look at)
     */
    public List<OutboxEntry> entries(OutboxState state, int limit) {
        Objects.requireNonNull(state, "state");
        return ctx.run(() -> outbox.inState(ctx.tenant(), state, limit));
    }

    /** @return how many entries the tenant has in each state that has any */
    public Map<OutboxState, Long> counts() {
        return ctx.run(() -> outbox.countByState(ctx.tenant()));
    }

    /**
     * Puts a dead entry back in line, due now, with no attempts counted.
     *
     * @param id the entry; never null
     * @return whether it was dead
     * @throws NotFoundException when it does not exist in the tenant
     */
    public boolean requeue(OutboxEntryId id) {
        Objects.requireNonNull(id, "outbox entry");
        return ctx.run(() -> {
            outbox.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("outbox-entry", id));
            return outbox.requeue(ctx.tenant(), id, ctx.now());
        });
    }

    private void attemptAfterCommit(OutboxEntryId id) {
        try {
            Instant now = ctx.now();
            ctx.run(() -> outbox.find(ctx.tenant(), id)).ifPresent(entry -> attempt(entry, now));
        } catch (RuntimeException e) {
            LOG.warn("outbox entry {} stays for the dispatcher: {}", id, e.toString());
        }
    }

    private DeliveryReport attempt(OutboxEntry entry, Instant now) {
        boolean claimed = ctx.run(() -> outbox.claim(ctx.tenant(), entry.id(), now, now.plus(policy.lease())));
        if (!claimed) {
            return new DeliveryReport(0, 0, 0);
        }
        try {
            OutboxHandler handler = handlers.get(entry.topic());
            if (handler == null) {
                throw new IllegalStateException("no outbox handler delivers topic " + entry.topic());
            }
            handler.deliver(entry.tenant(), entry.idempotencyKey(), entry.payload());
        } catch (RuntimeException e) {
            int attempts = entry.attempts() + 1;
            boolean dead = e instanceof UndeliverableException || policy.exhausted(attempts);
            LOG.warn("outbox entry {} ({}) failed attempt {}{}: {}", entry.id(), entry.topic(), attempts,
                    dead ? ", giving up" : "", e.toString());
            ctx.run(() -> {
                outbox.failed(ctx.tenant(), entry.id(), attempts, now.plus(policy.delayAfter(attempts)),
                        e.toString(), dead);
                return null;
            });
            return dead ? new DeliveryReport(0, 0, 1) : new DeliveryReport(0, 1, 0);
        }
        ctx.run(() -> {
            outbox.delivered(ctx.tenant(), entry.id(), now);
            return null;
        });
        return new DeliveryReport(1, 0, 0);
    }
}
