package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.merge.Tombstone;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** A row of {@code embedcrm_tombstones}: one merged record and the record it went into; written once, never changed. */
@Entity(name = "EmbedCrmTombstone")
@Table(name = "embedcrm_tombstones")
@IdClass(TombstoneEntity.Key.class)
class TombstoneEntity {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "merged_kind", nullable = false, updatable = false, length = 8)
    private RecordKind mergedKind;

    @Id
    @Column(name = "merged_id", nullable = false, updatable = false)
    private UUID mergedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "into_kind", nullable = false, updatable = false, length = 8)
    private RecordKind intoKind;

    @Column(name = "into_id", nullable = false, updatable = false)
    private UUID intoId;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt;

    @Column(name = "merged_by", nullable = false, updatable = false, length = 128)
    private String mergedBy;

    protected TombstoneEntity() {
    }

    TombstoneEntity(Tombstone tombstone) {
        this.tenantId = tombstone.tenant().value();
        this.mergedKind = tombstone.merged().kind();
        this.mergedId = tombstone.merged().id();
        this.intoKind = tombstone.into().kind();
        this.intoId = tombstone.into().id();
        this.mergedAt = tombstone.at();
        this.mergedBy = tombstone.by().value();
    }

    Tombstone toTombstone() {
        return new Tombstone(new TenantId(tenantId), merged(), new RecordRef(intoKind, intoId), mergedAt,
                new UserRef(mergedBy));
    }

    RecordRef merged() {
        return new RecordRef(mergedKind, mergedId);
    }

    /** The primary key: the merged record within its tenant. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String tenantId;
        private RecordKind mergedKind;
        private UUID mergedId;

        protected Key() {
        }

        Key(TenantId tenant, RecordRef merged) {
            this.tenantId = tenant.value();
            this.mergedKind = merged.kind();
            this.mergedId = merged.id();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && tenantId.equals(key.tenantId) && mergedKind == key.mergedKind
                    && mergedId.equals(key.mergedId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, mergedKind, mergedId);
        }
    }
}
