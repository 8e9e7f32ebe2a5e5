package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code embedcrm_tags}. */
@Entity(name = "EmbedCrmTag")
@Table(name = "embedcrm_tags")
class TagEntity implements Versioned {

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

    @Column(length = 7)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String color;

    protected TagEntity() {
    }

    TagEntity(Tag tag) {
        this.id = tag.id().value();
        this.tenantId = tag.tenant().value();
        this.name = tag.name();
        this.nameKey = Names.key(tag.name());
        this.color = tag.color() == null ? null : tag.color().hex();
    }

    Tag toTag() {
        return new Tag(new TagId(id), new TenantId(tenantId), version, name, StageColor.ofNullable(color));
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
