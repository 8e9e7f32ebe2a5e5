package org.embedcrm.core.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;

/**
 * A lead as entered: the e-mail address and phone number are raw text that {@link LeadService} normalises the way
 * contacts' are. Start from {@link #titled(String)}.
 *
 * @param title         1 to 200 characters
 * @param description   or null
 * @param contactName   or null
 * @param email         or null
 * @param phone         or null; read in the CRM's phone region unless it starts with +
 * @param companyName   or null
 * @param value         or null
 * @param source        or null
 * @param referent      the contact who referred it, or null
 * @param status        on creation, its status (null for the default status); ignored by updates
 * @param assignee      the user responsible: on creation null means the creator; on an update null keeps the
 *                      assignee and another user reassigns the lead (and notifies them)
 * @param callRejected  whether the contact refuses calls
 * @param emailRejected whether the contact refuses e-mails
 */
public record LeadInput(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
                        @Size(max = 200) String contactName, @Size(max = 254) String email,
                        @Size(max = 64) String phone, @Size(max = 200) String companyName, Money value,
                        LeadSourceId source, ContactId referent, LeadStatusId status, UserRef assignee,
                        boolean callRejected, boolean emailRejected) {

    /**
     * @param title the lead's title
     * @return an input with only a title
     */
    public static LeadInput titled(String title) {
        return new LeadInput(title, null, null, null, null, null, null, null, null, null, null, false, false);
    }

    /**
     * @param lead a stored lead; never null
     * @return an input holding its editable fields
     */
    public static LeadInput of(Lead lead) {
        LeadDetails d = lead.details();
        return new LeadInput(d.title(), d.description(), d.contactName(), d.email() == null ? null : d.email().value(),
                d.phone() == null ? null : d.phone().raw(), d.companyName(), d.value(), d.source(), d.referent(),
                lead.status(), lead.assignee(), lead.consent().callRejected(), lead.consent().emailRejected());
    }

    /**
     * @param name  the person to talk to
     * @param mail  their e-mail address, or null
     * @param phoneNumber their phone number, or null
     * @return this input with that contact
     */
    public LeadInput contact(String name, String mail, String phoneNumber) {
        return new LeadInput(title, description, name, mail, phoneNumber, companyName, value, source, referent, status,
                assignee, callRejected, emailRejected);
    }

    /**
     * @param name the company's name
     * @return this input with it
     */
    public LeadInput company(String name) {
        return new LeadInput(title, description, contactName, email, phone, name, value, source, referent, status,
                assignee, callRejected, emailRejected);
    }

    /**
     * @param amount the estimated value
     * @return this input with it
     */
    public LeadInput worth(Money amount) {
        return new LeadInput(title, description, contactName, email, phone, companyName, amount, source, referent,
                status, assignee, callRejected, emailRejected);
    }

    /**
     * @param from the source
     * @return this input with it
     */
    public LeadInput from(LeadSourceId from) {
        return new LeadInput(title, description, contactName, email, phone, companyName, value, from, referent,
                status, assignee, callRejected, emailRejected);
    }

    /**
     * @param user the user responsible
     * @return this input assigned to them
     */
    public LeadInput assignedTo(UserRef user) {
        return new LeadInput(title, description, contactName, email, phone, companyName, value, source, referent,
                status, user, callRejected, emailRejected);
    }

    /**
     * @param initial the status to start in
     * @return this input with it
     */
    public LeadInput inStatus(LeadStatusId initial) {
        return new LeadInput(title, description, contactName, email, phone, companyName, value, source, referent,
                initial, assignee, callRejected, emailRejected);
    }

    /**
     * @param calls  whether the contact refuses calls
     * @param emails whether the contact refuses e-mails
     * @return this input with those flags
     */
    public LeadInput rejecting(boolean calls, boolean emails) {
        return new LeadInput(title, description, contactName, email, phone, companyName, value, source, referent,
                status, assignee, calls, emails);
    }
}
