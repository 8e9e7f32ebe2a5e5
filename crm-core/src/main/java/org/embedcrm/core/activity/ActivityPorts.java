package org.embedcrm.core.activity;

import java.util.Objects;

/**
 * The ports the activity context's services share, for wiring them (see {@code Crm}).
 *
 * @param interactions never null
 * @param activities   never null
 * @param reminders    never null
 * @param categories   never null
 * @param auditTrail   never null
 */
public record ActivityPorts(Interactions interactions, Activities activities, Reminders reminders,
                     ActivityCategories categories, AuditTrail auditTrail) {

    /** Rejects null ports. */
    public ActivityPorts {
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(auditTrail, "auditTrail");
    }
}
