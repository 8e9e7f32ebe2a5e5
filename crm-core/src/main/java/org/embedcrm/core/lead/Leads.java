package org.embedcrm.core.lead;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.shared.TenantId;

/** The port holding leads. Every method works inside one tenant only. Contract: {@code LeadsContract}. */
public interface Leads {

    /**
     * @param tenant never null
     * @param id     never null
     * @return the lead, when it exists in that tenant
     */
    Optional<Lead> find(TenantId tenant, LeadId id);

    /**
     * @param lead a new lead of version 0; never null
     * @return the stored lead
     * @throws ConflictException {@code lead.email-taken} when another lead of the tenant has its e-mail address
     */
    Lead add(Lead lead);

    /**
     * @param lead a lead read earlier and changed since; never null
     * @return the stored lead with its new version
     * @throws ConflictException on a stale version or {@code lead.email-taken}
     */
    Lead update(Lead lead);

    /**
     * @param tenant never null
     * @param email  never null
     * @return the lead with that e-mail address, compared regardless of case
     */
    Optional<Lead> withEmail(TenantId tenant, EmailAddress email);

    /**
     * @param tenant never null
     * @param phone  never null
     * @return the leads with that phone number (same E.164 form)
     */
    List<Lead> withPhone(TenantId tenant, PhoneNumber phone);

    /**
     * @param tenant never null
     * @param query  never null
     * @return the page asked for, newest leads first, with the total count of matches
     */
    LeadPage search(TenantId tenant, LeadQuery query);

    /**
     * @param tenant    never null
     * @param perStatus the most leads per status, at least 1
     * @return the leads of every status, at most {@code perStatus} per status, newest first
     */
    List<Lead> boardCards(TenantId tenant, int perStatus);

    /**
     * @param tenant  never null
     * @param contact never null
     * @return how many leads name that contact as their referent or as the customer or company they became
     */
    long countForContact(TenantId tenant, ContactId contact);

    /**
     * @param tenant never null
     * @return per status, how many leads have it (statuses without leads are absent)
     */
    Map<LeadStatusId, Long> countByStatus(TenantId tenant);

    /**
     * Points every lead that names {@code from} (as its referent, or as the customer or company it was converted
     * into) at {@code to}, set-based (a merge).
     *
     * @param tenant the tenant; never null
     * @param from   the contact merged away; never null
     * @param to     the contact kept; never null
     * @return how many leads changed
     */
    int reassignContact(TenantId tenant, ContactId from, ContactId to);

    /**
     * Adds the deals opened from {@code from} to those of {@code to}, set-based (a merge): each deal once, those of
     * {@code to} first, then those only {@code from} had, oldest first. {@code from} keeps its own.
     *
     * @param tenant the tenant; never null
     * @param from   the lead merged away; never null
     * @param to     the lead kept; never null
     * @return how many deals {@code to} gained
     */
    int reassignOpportunities(TenantId tenant, LeadId from, LeadId to);

    /**
     * Deletes a lead and its list of deals (the deals themselves stay).
     *
     * @param lead a stored lead; never null
     */
    void remove(Lead lead);
}
