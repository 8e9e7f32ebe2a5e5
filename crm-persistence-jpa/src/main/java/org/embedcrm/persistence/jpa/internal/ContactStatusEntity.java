package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code embedcrm_contact_statuses}. */
@Entity(name = "EmbedCrmContactStatus")
@Table(name = "embedcrm_contact_statuses")
class ContactStatusEntity implements Versioned {

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

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected ContactStatusEntity() {
    }

    ContactStatusEntity(ContactStatus status) {
        this.id = status.id().value();
        this.tenantId = status.tenant().value();
        copy(status);
    }

    void copy(ContactStatus status) {
        this.name = status.name();
        this.nameKey = Names.key(status.name());
        this.color = status.color() == null ? null : status.color().hex();
        this.displayOrder = status.displayOrder();
    }

    ContactStatus toStatus() {
        return new ContactStatus(new ContactStatusId(id), new TenantId(tenantId), version, name,
                StageColor.ofNullable(color), displayOrder);
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
