package org.embedcrm.core.activity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.shared.TenantId;

/**
 * Checks that the contacts, lead and deal an interaction or activity points at exist in the tenant.
 *
 * @param contacts never null
 * @param leads    never null
 * @param deals    never null
 */
record Links(Contacts contacts, Leads leads, Deals deals) {

    Links {
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(deals, "deals");
    }

    Contact contact(TenantId tenant, ContactId id) {
        return contacts.find(tenant, id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    void check(TenantId tenant, ContactId contact, LeadId lead, DealId deal) {
        if (contact != null) {
            contact(tenant, contact);
        }
        if (lead != null && leads.find(tenant, lead).isEmpty()) {
            throw new NotFoundException("lead", lead);
        }
        if (deal != null && deals.find(tenant, deal).isEmpty()) {
            throw new NotFoundException("deal", deal);
        }
    }

    void checkContacts(TenantId tenant, Collection<ContactId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<ContactId> missing = new HashSet<>(ids);
        contacts.findAll(tenant, ids).forEach(c -> missing.remove(c.id()));
        if (!missing.isEmpty()) {
            throw new NotFoundException("contact", missing.iterator().next());
        }
    }
}
