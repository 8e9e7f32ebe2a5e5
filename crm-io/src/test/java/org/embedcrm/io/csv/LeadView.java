package org.embedcrm.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadDetails;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadPage;
import org.embedcrm.core.lead.LeadQuery;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/** What a lead holds, with its source and status by name, so that leads of two tenants compare. */
record LeadView(String title, String description, String contactName, String email, String phone,
                String companyName, Money value, String source, String status, UserRef assignee, String referent,
                boolean refusesCalls, boolean refusesMails) {

    /** @return every lead of the CRM's tenant, as views, in the lead list's order */
    static List<LeadView> all(Crm crm) {
        Map<Object, String> names = new HashMap<>();
        crm.leadSettings().sources().forEach(s -> names.put(s.id(), s.name()));
        crm.leadSettings().statuses().forEach(s -> names.put(s.id(), s.name()));
        List<LeadView> views = new ArrayList<>();
        LeadQuery query = LeadQuery.firstPage(LeadFilter.allLeads()).pageOf(LeadQuery.MAX_PAGE);
        while (true) {
            LeadPage page = crm.leads().find(query);
            page.leads().forEach(l -> views.add(of(l, names)));
            if (page.nextCursor() == null) {
                return views;
            }
            query = query.after(page.nextCursor());
        }
    }

    private static LeadView of(Lead lead, Map<Object, String> names) {
        LeadDetails d = lead.details();
        return new LeadView(d.title(), d.description(), d.contactName(), d.email() == null ? null : d.email().value(),
                d.phone() == null ? null : d.phone().raw(), d.companyName(), d.value(), names.get(d.source()),
                names.get(lead.status()), lead.assignee(), d.referent() == null ? null : d.referent().toString(),
                lead.consent().callRejected(), lead.consent().emailRejected());
    }
}
