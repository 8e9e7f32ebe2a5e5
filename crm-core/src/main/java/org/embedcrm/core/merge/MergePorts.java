package org.embedcrm.core.merge;

import java.util.Objects;
import org.embedcrm.core.activity.Activities;
import org.embedcrm.core.activity.Interactions;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.einvoicing.PeppolStatuses;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.Relationships;
import org.embedcrm.core.scoring.HealthScores;

/**
 * Every port a contact merge reads or moves records in, for wiring the merge service (see {@code Crm}).
 *
 * @param contacts       never null
 * @param deals          never null
 * @param leads          never null
 * @param interactions   never null
 * @param activities     never null
 * @param relationships  never null
 * @param peppolStatuses never null
 * @param tombstones     never null
 * @param healthScores   never null
 */
public record MergePorts(Contacts contacts, Deals deals, Leads leads, Interactions interactions,
                         Activities activities, Relationships relationships, PeppolStatuses peppolStatuses,
                         Tombstones tombstones, HealthScores healthScores) {

    /** Rejects null ports. */
    public MergePorts {
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(deals, "deals");
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(relationships, "relationships");
        Objects.requireNonNull(peppolStatuses, "peppolStatuses");
        Objects.requireNonNull(tombstones, "tombstones");
        Objects.requireNonNull(healthScores, "healthScores");
    }
}
