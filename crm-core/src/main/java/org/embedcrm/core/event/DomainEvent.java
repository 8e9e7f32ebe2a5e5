package org.embedcrm.core.event;

import java.time.Instant;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** Something that happened in the CRM that a host may react to, e.g. a deal won. Implementations are records. */
public interface DomainEvent {

    /** @return the tenant it happened in; never null */
    TenantId tenant();

    /** @return when it happened, from the CRM's clock; never null */
    Instant occurredAt();

    /** @return who caused it; never null */
    UserRef actor();
}
