package org.embedcrm.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.spi.party.LinkedRecords;
import org.embedcrm.spi.party.LinkedRecordsProbe;

/**
 * Reports the deals whose company or customer is a contact, and the leads that name it (as referent, or as the
 * customer or company they became), so that contact is not deleted under them.
 */
public final class LinkedDeals implements LinkedRecordsProbe {

    private final Deals deals;
    private final Leads leads;

    /**
     * @param deals the deal port; never null
     * @param leads the lead port; never null
     */
    public LinkedDeals(Deals deals, Leads leads) {
        this.deals = deals;
        this.leads = leads;
    }

    @Override
    public List<LinkedRecords> linkedTo(String tenant, UUID contact) {
        TenantId tenantId = TenantId.of(tenant);
        ContactId contactId = new ContactId(contact);
        List<LinkedRecords> linked = new ArrayList<>();
        long dealCount = deals.countForContact(tenantId, contactId);
        if (dealCount > 0) {
            linked.add(new LinkedRecords("deal", dealCount));
        }
        long leadCount = leads.countForContact(tenantId, contactId);
        if (leadCount > 0) {
            linked.add(new LinkedRecords("lead", leadCount));
        }
        return linked;
    }
}
