package org.embedcrm.io.internal;

import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * A {@link LeadInput} being filled from a row, starting empty for a new lead or from the stored one for an update.
 */
final class LeadDraft {

    String title;
    String description;
    String contactName;
    String email;
    String phone;
    String companyName;
    Money value;
    LeadSourceId source;
    ContactId referent;
    LeadStatusId status;
    UserRef assignee;
    boolean callRejected;
    boolean emailRejected;

    private LeadDraft() {
    }

    /** @return a draft holding every field of the input */
    static LeadDraft of(LeadInput in) {
        LeadDraft d = new LeadDraft();
        d.title = in.title();
        d.description = in.description();
        d.contactName = in.contactName();
        d.email = in.email();
        d.phone = in.phone();
        d.companyName = in.companyName();
        d.value = in.value();
        d.source = in.source();
        d.referent = in.referent();
        d.status = in.status();
        d.assignee = in.assignee();
        d.callRejected = in.callRejected();
        d.emailRejected = in.emailRejected();
        return d;
    }

    /** @return the input holding this draft's fields */
    LeadInput toInput() {
        return new LeadInput(title, description, contactName, email, phone, companyName, value, source, referent,
                status, assignee, callRejected, emailRejected);
    }
}
