package org.embedcrm.core.internal;

import java.util.List;
import java.util.UUID;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.spi.party.LinkedRecords;
import org.embedcrm.spi.party.LinkedRecordsProbe;

/** Reports the deals whose company or customer is a contact, so that contact is not deleted under them. */
public final class LinkedDeals implements LinkedRecordsProbe {

    private final Deals deals;

    /** @param deals the deal port; never null */
    public LinkedDeals(Deals deals) {
        this.deals = deals;
    }

    @Override
    public List<LinkedRecords> linkedTo(String tenant, UUID contact) {
        long count = deals.countForContact(TenantId.of(tenant), new ContactId(contact));
        return count == 0 ? List.of() : List.of(new LinkedRecords("deal", count));
    }
}
