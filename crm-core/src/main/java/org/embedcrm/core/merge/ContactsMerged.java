package org.embedcrm.core.merge;

import java.time.Instant;
import java.util.Map;
import org.embedcrm.core.event.DomainEvent;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A contact was merged into another and removed; its old id resolves to the contact kept.
 *
 * @param tenant     never null
 * @param occurredAt never null
 * @param actor      never null
 * @param source     the contact merged away; never null
 * @param target     the contact kept; never null
 * @param moved      how many records of each kind moved; never null
 */
public record ContactsMerged(TenantId tenant, Instant occurredAt, UserRef actor, ContactId source, ContactId target,
                             Map<LinkedKind, Long> moved) implements DomainEvent {

    /** Copies the counts. */
    public ContactsMerged {
        moved = Map.copyOf(moved);
    }
}
