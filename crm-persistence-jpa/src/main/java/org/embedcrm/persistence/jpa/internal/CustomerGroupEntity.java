package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.shared.TenantId;

/** A row of {@code embedcrm_customer_groups}. */
@Entity(name = "EmbedCrmCustomerGroup")
@Table(name = "embedcrm_customer_groups")
class CustomerGroupEntity implements Versioned {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(length = 1000)
    private String description;

    @Column(precision = 5, scale = 2)
    private BigDecimal discount;

    @Column(nullable = false)
    private int priority;

    @Column(nullable = false)
    private boolean active;

    protected CustomerGroupEntity() {
    }

    CustomerGroupEntity(CustomerGroup group) {
        this.id = group.id().value();
        this.tenantId = group.tenant().value();
        copy(group);
    }

    void copy(CustomerGroup group) {
        this.name = group.name();
        this.code = group.code();
        this.description = group.description();
        this.discount = group.discount();
        this.priority = group.priority();
        this.active = group.active();
    }

    CustomerGroup toGroup() {
        return new CustomerGroup(new CustomerGroupId(id), new TenantId(tenantId), version, name, code, description,
                discount, priority, active);
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant.value());
    }

    @Override
    public long version() {
        return version;
    }
}
