package org.embedcrm.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.embedcrm.core.activity.Activities;
import org.embedcrm.core.activity.Interactions;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.spi.party.LinkedRecords;
import org.embedcrm.spi.party.LinkedRecordsProbe;

/**
 * Reports the CRM's own records that point at a contact, so it is not deleted under them: deals whose company or
 * customer it is, leads that name it, interactions with it (or with it taking part) and activities about it (or
 * with it attending). A contact with any of these is archived or merged instead.
 */
public final class LinkedCrmRecords implements LinkedRecordsProbe {

    private final Deals deals;
    private final Leads leads;
    private final Interactions interactions;
    private final Activities activities;

    /**
     * @param deals        the deal port; never null
     * @param leads        the lead port; never null
     * @param interactions the interaction port; never null
     * @param activities   the activity port; never null
     */
    public LinkedCrmRecords(Deals deals, Leads leads, Interactions interactions, Activities activities) {
        this.deals = deals;
        this.leads = leads;
        this.interactions = interactions;
        this.activities = activities;
    }

    @Override
    public List<LinkedRecords> linkedTo(String tenant, UUID contact) {
        TenantId tenantId = TenantId.of(tenant);
        ContactId contactId = new ContactId(contact);
        RecordRef ref = RecordRef.of(contactId);
        List<LinkedRecords> linked = new ArrayList<>();
        add(linked, "deal", t -> deals.countForContact(t, contactId), tenantId);
        add(linked, "lead", t -> leads.countForContact(t, contactId), tenantId);
        add(linked, "interaction", t -> interactions.count(t, ref), tenantId);
        add(linked, "activity", t -> activities.count(t, ref), tenantId);
        return linked;
    }

    private static void add(List<LinkedRecords> linked, String kind, ToLongFunction<TenantId> count, TenantId tenant) {
        long n = count.applyAsLong(tenant);
        if (n > 0) {
            linked.add(new LinkedRecords(kind, n));
        }
    }
}
