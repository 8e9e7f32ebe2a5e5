package org.embedcrm.core.lead;

import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * A lead as the lead board shows it.
 *
 * @param id          never null
 * @param title       never null
 * @param contactName or null
 * @param companyName or null
 * @param value       or null
 * @param assignee    never null
 * @param version     to send back with a move
 */
public record LeadCard(LeadId id, String title, String contactName, String companyName, Money value,
                       UserRef assignee, long version) {

    static LeadCard of(Lead lead) {
        LeadDetails d = lead.details();
        return new LeadCard(lead.id(), d.title(), d.contactName(), d.companyName(), d.value(), lead.assignee(),
                lead.version());
    }
}
