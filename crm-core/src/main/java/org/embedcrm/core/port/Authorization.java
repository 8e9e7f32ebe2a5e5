package org.embedcrm.core.port;

import org.embedcrm.core.shared.Permission;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** Decides whether an actor holds a permission in a tenant; the host maps its own roles onto {@link Permission}. */
@FunctionalInterface
public interface Authorization {

    /**
     * @param actor      who acts; never null
     * @param tenant     in which tenant; never null
     * @param permission what is asked for; never null
     * @return whether the actor may do it
     */
    boolean permits(UserRef actor, TenantId tenant, Permission permission);

    /** @return the default authorization, which permits everything (the host's own UI usually gates access) */
    static Authorization allowAll() {
        return (actor, tenant, permission) -> true;
    }
}
