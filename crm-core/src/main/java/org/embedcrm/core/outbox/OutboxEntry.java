package org.embedcrm.core.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.shared.TenantId;

/**
 * A message to the outside world, written in the same transaction as the change that caused it and delivered
 * after commit: at least once, never by two dispatchers at the same time.
 *
 * @param id             identifies it; never null
 * @param tenant         never null
 * @param topic          which handler delivers it, e.g. {@code notification} or {@code audience}; never null
 * @param idempotencyKey passed to the receiver so it can ignore a repeated delivery; never null
 * @param payload        what to deliver, by name; never null
 * @param state          never null
 * @param attempts       delivery attempts made so far
 * @param nextAttemptAt  when it may be tried (again); never null
 * @param leaseUntil     while a dispatcher holds it, until when; null when nobody does
 * @param createdAt      never null
 * @param deliveredAt    when it was delivered, or null
 * @param lastError      why the last attempt failed, up to {@value #ERROR_MAX} characters, or null
 */
public record OutboxEntry(OutboxEntryId id, TenantId tenant, String topic, String idempotencyKey,
                          Map<String, String> payload, OutboxState state, int attempts, Instant nextAttemptAt,
                          Instant leaseUntil, Instant createdAt, Instant deliveredAt, String lastError) {

    /** Longest error text kept. */
    public static final int ERROR_MAX = 1000;

    /** Rejects missing parts and copies the payload. */
    public OutboxEntry {
        Objects.requireNonNull(id, "outbox entry id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        payload = Map.copyOf(payload);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (lastError != null && lastError.length() > ERROR_MAX) {
            lastError = lastError.substring(0, ERROR_MAX);
        }
    }

    /**
     * @param id      its id; never null
     * @param tenant  never null
     * @param topic   the handler's topic; never null
     * @param payload what to deliver; never null
     * @param now     when it is written; never null
     * @return a pending entry, due now, whose idempotency key is its id
     */
    public static OutboxEntry pending(OutboxEntryId id, TenantId tenant, String topic, Map<String, String> payload,
                                      Instant now) {
        return new OutboxEntry(id, tenant, topic, id.toString(), payload, OutboxState.PENDING, 0, now, null, now,
                null, null);
    }
}
