package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.embedcrm.core.party.RelationshipType;
import org.embedcrm.core.party.RelationshipTypeId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** A row of {@code embedcrm_relationship_types}. */
@Entity(name = "EmbedCrmRelationshipType")
@Table(name = "embedcrm_relationship_types")
class RelationshipTypeEntity implements Versioned {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    private long version;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "name_key", nullable = false, length = 120)
    private String nameKey;

    @Column(name = "inverse_label", length = 60)
    private String inverseLabel;

    protected RelationshipTypeEntity() {
    }

    RelationshipTypeEntity(RelationshipType type) {
        this.id = type.id().value();
        this.tenantId = type.tenant().value();
        this.name = type.name();
        this.nameKey = Names.key(type.name());
        this.inverseLabel = type.inverseLabel();
    }

    RelationshipType toType() {
        return new RelationshipType(new RelationshipTypeId(id), new TenantId(tenantId), version, name, inverseLabel);
    }

    @Override
    public long version() {
        return version;
    }
}
