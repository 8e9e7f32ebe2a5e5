package org.embedcrm.core.port;

import java.util.Objects;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * Tells which tenant the current unit of work belongs to and which user acts; a host implements it on top of its
 * own security context (typically thread-bound).
 */
public interface ExecutionContext {

    /** @return the tenant of the current unit of work; never null */
    TenantId tenant();

    /** @return the user acting in the current unit of work; never null */
    UserRef actor();

    /**
     * @param tenant the tenant; never null
     * @param actor  the actor; never null
     * @return a context that always answers that tenant and actor (scripts, batch jobs, single-tenant hosts)
     */
    static ExecutionContext fixed(TenantId tenant, UserRef actor) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        return new ExecutionContext() {
            @Override
            public TenantId tenant() {
                return tenant;
            }

            @Override
            public UserRef actor() {
                return actor;
            }
        };
    }
}
