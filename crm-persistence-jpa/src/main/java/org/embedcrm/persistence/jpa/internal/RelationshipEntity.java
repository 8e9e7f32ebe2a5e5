package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.Relationship;
import org.embedcrm.core.party.RelationshipId;
import org.embedcrm.core.party.RelationshipTypeId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** A row of {@code embedcrm_relationships}; written once, never changed. */
@Entity(name = "EmbedCrmRelationship")
@Table(name = "embedcrm_relationships")
class RelationshipEntity {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "type_id", nullable = false, updatable = false)
    private UUID typeId;

    @Column(name = "source_id", nullable = false, updatable = false)
    private UUID sourceId;

    @Column(name = "target_id", nullable = false, updatable = false)
    private UUID targetId;

    @Column(name = "low_id", nullable = false, updatable = false)
    private UUID lowId;

    @Column(name = "high_id", nullable = false, updatable = false)
    private UUID highId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    protected RelationshipEntity() {
    }

    RelationshipEntity(Relationship relationship) {
        this.id = relationship.id().value();
        this.tenantId = relationship.tenant().value();
        this.typeId = relationship.type().value();
        this.sourceId = relationship.source().value();
        this.targetId = relationship.target().value();
        this.lowId = low(sourceId, targetId);
        this.highId = sourceId.equals(lowId) ? targetId : sourceId;
        this.createdAt = relationship.createdAt();
        this.createdBy = relationship.createdBy().value();
    }

    /** @return the one of the two ids that comes first as unsigned bytes: the pair's order-free first member */
    static UUID low(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        int order = high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
        return order <= 0 ? a : b;
    }

    Relationship toRelationship() {
        return new Relationship(new RelationshipId(id), new TenantId(tenantId), new RelationshipTypeId(typeId),
                new ContactId(sourceId), new ContactId(targetId), createdAt, new UserRef(createdBy));
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    UUID lowId() {
        return lowId;
    }

    UUID highId() {
        return highId;
    }

    UUID typeId() {
        return typeId;
    }
}
