package org.embedcrm.core.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding the outbox. Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.OutboxContract}.
 */
public interface Outbox {

    /** @param entries new pending entries, written in the current transaction; never null */
    void add(List<OutboxEntry> entries);

    /**
     * @param tenant the tenant; never null
     * @param id     the entry; never null
     * @return it, when it exists in that tenant
     */
    Optional<OutboxEntry> find(TenantId tenant, OutboxEntryId id);

    /**
     * @param tenant the tenant; never null
     * @param now    the dispatcher's time; never null
     * @param limit  at most this many; at least 1
     * @return pending entries whose next attempt is due at or before {@code now} and that no dispatcher holds
     *         (no lease, or a lease that ended before {@code now}), by next attempt, then by id; never null
     */
    List<OutboxEntry> due(TenantId tenant, Instant now, int limit);

    /**
     * Takes an entry for delivery with one conditional update: of two dispatchers claiming the same entry at once,
     * exactly one succeeds. The lease lets another dispatcher take over once it ends (the holder died).
     *
     * @param tenant     the tenant; never null
     * @param id         the entry; never null
     * @param now        the dispatcher's time; never null
     * @param leaseUntil until when the claim holds; never null
     * @return whether this call claimed it (it was pending, due and not held by a live lease)
     */
    boolean claim(TenantId tenant, OutboxEntryId id, Instant now, Instant leaseUntil);

    /**
     * @param tenant the tenant; never null
     * @param id     a claimed entry; never null
     * @param at     when it was delivered; never null
     */
    void delivered(TenantId tenant, OutboxEntryId id, Instant at);

    /**
     * Records a failed attempt and releases the lease.
     *
     * @param tenant        the tenant; never null
     * @param id            a claimed entry; never null
     * @param attempts      the attempts made, this one included
     * @param nextAttemptAt when to try again; never null
     * @param error         why it failed, or null
     * @param dead          whether to give up: the entry becomes {@link OutboxState#DEAD}
     */
    void failed(TenantId tenant, OutboxEntryId id, int attempts, Instant nextAttemptAt, String error, boolean dead);

    /**
     * Puts a dead entry back in line with no attempts counted.
     *
     * @param tenant the tenant; never null
     * @param id     the entry; never null
     * @param now    when it becomes due; never null
     * @return whether it was dead and is pending now
     */
    boolean requeue(TenantId tenant, OutboxEntryId id, Instant now);

    /**
     * @param tenant the tenant; never null
     * @param state  a state; never null
     * @param limit  at most this many; at least 1
     * @return entries in that state, oldest first; never null
     */
    List<OutboxEntry> inState(TenantId tenant, OutboxState state, int limit);

    /**
     * @param tenant the tenant; never null
     * @return how many entries the tenant has in each state that has any; never null
     */
    Map<OutboxState, Long> countByState(TenantId tenant);
}
