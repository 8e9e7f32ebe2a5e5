package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code embedcrm_lead_statuses}. */
@Entity(name = "EmbedCrmLeadStatus")
@Table(name = "embedcrm_lead_statuses")
class LeadStatusEntity implements Versioned {

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

    @Column(name = "is_final", nullable = false)
    private boolean isFinal;

    // The enum's name in a plain varchar: Hibernate would expect a native enum type on MariaDB.
    @Column(nullable = false, length = 9)
    private String outcome;

    @Column(name = "default_marker")
    private Boolean defaultMarker;

    @Column(name = "outcome_marker", length = 9)
    private String outcomeMarker;

    protected LeadStatusEntity() {
    }

    LeadStatusEntity(LeadStatus status) {
        this.id = status.id().value();
        this.tenantId = status.tenant().value();
        copy(status);
    }

    void copy(LeadStatus status) {
        this.name = status.name();
        this.nameKey = Names.key(status.name());
        this.color = status.color() == null ? null : status.color().hex();
        this.displayOrder = status.displayOrder();
        this.isFinal = status.isFinal();
        this.outcome = status.outcome().name();
        this.defaultMarker = status.isDefault() ? Boolean.TRUE : null;
        this.outcomeMarker = status.outcome() == LeadOutcome.NONE ? null : status.outcome().name();
    }

    LeadStatus toStatus() {
        return new LeadStatus(new LeadStatusId(id), new TenantId(tenantId), version, name, StageColor.ofNullable(color),
                displayOrder, defaultMarker != null, isFinal, LeadOutcome.valueOf(outcome));
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
