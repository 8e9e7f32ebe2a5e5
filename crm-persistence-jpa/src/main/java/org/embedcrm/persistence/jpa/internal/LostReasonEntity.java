package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** A row of {@code embedcrm_lost_reasons}. */
@Entity(name = "EmbedCrmLostReason")
@Table(name = "embedcrm_lost_reasons")
class LostReasonEntity implements Versioned {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "requires_note", nullable = false)
    private boolean requiresNote;

    protected LostReasonEntity() {
    }

    LostReasonEntity(LostReason reason) {
        this.id = reason.id().value();
        this.tenantId = reason.tenant().value();
        copy(reason);
    }

    void copy(LostReason reason) {
        this.name = reason.name();
        this.nameKey = Names.key(reason.name());
        this.active = reason.active();
        this.requiresNote = reason.requiresNote();
    }

    LostReason toLostReason() {
        return new LostReason(new LostReasonId(id), new TenantId(tenantId), version, name, active, requiresNote);
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
