package org.embedcrm.testkit;

import java.util.Objects;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** An execution context a test switches between tenants and actors; shared by all threads. */
public final class SwitchableContext implements ExecutionContext {

    private volatile TenantId tenant;
    private volatile UserRef actor;

    /**
     * @param tenant the first tenant; never null
     * @param actor  the first actor; never null
     */
    public SwitchableContext(TenantId tenant, UserRef actor) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** @param value the tenant from now on; never null */
    public void switchTenant(TenantId value) {
        this.tenant = Objects.requireNonNull(value, "tenant");
    }

    /** @param value the actor from now on; never null */
    public void switchActor(UserRef value) {
        this.actor = Objects.requireNonNull(value, "actor");
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public UserRef actor() {
        return actor;
    }
}
