package org.embedcrm.core.merge;

import java.time.Instant;
import java.util.Map;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A lead was merged into another and removed; its old id resolves to the lead kept.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param source     the lead merged away; never null
 * @param target     the lead kept; never null
 * @param moved      how many records of each kind moved; never null
 */
public record LeadsMerged(TenantId tenant, Instant occurredAt, UserRef actor, LeadId source, LeadId target,
                          Map<LinkedKind, Long> moved) implements DomainEvent {

    /** Copies the counts. */
    public LeadsMerged {
        moved = Map.copyOf(moved);
    }
}
