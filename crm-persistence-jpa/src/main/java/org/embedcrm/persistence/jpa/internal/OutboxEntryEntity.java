package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.embedcrm.core.outbox.OutboxEntry;
import org.embedcrm.core.outbox.OutboxEntryId;
import org.embedcrm.core.outbox.OutboxState;
import org.embedcrm.core.shared.TenantId;

/** A row of {@code embedcrm_outbox}; written once, then changed only by the conditional updates of JpaOutbox. */
@Entity(name = "EmbedCrmOutboxEntry")
@Table(name = "embedcrm_outbox")
class OutboxEntryEntity {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(nullable = false, updatable = false, length = 100)
    private String topic;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 100)
    private String idempotencyKey;

    @Column(nullable = false, updatable = false, length = 8000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private OutboxState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxEntryEntity() {
    }

    OutboxEntryEntity(OutboxEntry entry) {
        this.id = entry.id().value();
        this.tenantId = entry.tenant().value();
        this.topic = entry.topic();
        this.idempotencyKey = entry.idempotencyKey();
        this.payload = OutboxPayload.encode(entry.payload());
        this.state = entry.state();
        this.attempts = entry.attempts();
        this.nextAttemptAt = entry.nextAttemptAt();
        this.leaseUntil = entry.leaseUntil();
        this.createdAt = entry.createdAt();
        this.deliveredAt = entry.deliveredAt();
        this.lastError = entry.lastError();
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(new OutboxEntryId(id), new TenantId(tenantId), topic, idempotencyKey,
                OutboxPayload.decode(payload), state, attempts, nextAttemptAt, leaseUntil, createdAt, deliveredAt,
                lastError);
    }
}
