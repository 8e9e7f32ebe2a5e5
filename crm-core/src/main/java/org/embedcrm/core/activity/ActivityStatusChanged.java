package org.embedcrm.core.activity;

import java.time.Instant;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * An activity was done, cancelled, started or reopened.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param activity   never null
 * @param from       the status before; never null
 * @param to         the status now; never null
 */
public record ActivityStatusChanged(TenantId tenant, Instant occurredAt, UserRef actor, ActivityId activity,
                                    ActivityStatus from, ActivityStatus to) implements DomainEvent {
}
