package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** A row of {@code embedcrm_lead_sources}. */
@Entity(name = "EmbedCrmLeadSource")
@Table(name = "embedcrm_lead_sources")
class LeadSourceEntity implements Versioned {

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

    @Column(nullable = false)
    private boolean active;

    protected LeadSourceEntity() {
    }

    LeadSourceEntity(LeadSource source) {
        this.id = source.id().value();
        this.tenantId = source.tenant().value();
        copy(source);
    }

    void copy(LeadSource source) {
        this.name = source.name();
        this.nameKey = Names.key(source.name());
        this.active = source.active();
    }

    LeadSource toSource() {
        return new LeadSource(new LeadSourceId(id), new TenantId(tenantId), version, name, active);
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
