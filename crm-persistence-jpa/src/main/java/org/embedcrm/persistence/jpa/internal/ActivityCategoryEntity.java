package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.embedcrm.core.activity.ActivityCategory;
import org.embedcrm.core.activity.ActivityCategoryId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** A row of {@code embedcrm_activity_categories}. */
@Entity(name = "EmbedCrmActivityCategory")
@Table(name = "embedcrm_activity_categories")
class ActivityCategoryEntity implements Versioned {

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

    protected ActivityCategoryEntity() {
    }

    ActivityCategoryEntity(ActivityCategory category) {
        this.id = category.id().value();
        this.tenantId = category.tenant().value();
        copy(category);
    }

    void copy(ActivityCategory category) {
        this.name = category.name();
        this.nameKey = Names.key(category.name());
        this.active = category.active();
    }

    ActivityCategory toCategory() {
        return new ActivityCategory(new ActivityCategoryId(id), new TenantId(tenantId), version, name, active);
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
