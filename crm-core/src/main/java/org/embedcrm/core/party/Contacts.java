package org.embedcrm.core.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding contacts. Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.ContactsContract}.
 */
public interface Contacts {

    /**
     * @param tenant never null
     * @param id     never null
     * @return the contact, archived or not, when it exists in that tenant
     */
    Optional<Contact> find(TenantId tenant, ContactId id);

    /**
     * @param tenant never null
     * @param ids    never null
     * @return those of the contacts that exist in the tenant, in no particular order
     */
    List<Contact> findAll(TenantId tenant, Collection<ContactId> ids);

    /**
     * Notes an interaction with a contact without changing its version (these are facts about its history, not
     * edits a concurrent editor could overwrite): its last-interaction time becomes the later of the stored one and
     * {@code at}, and its next contact date becomes {@code nextContactDate} when that is given.
     *
     * @param tenant          never null
     * @param id              never null
     * @param at              when the interaction happened; never null
     * @param nextContactDate the next contact date to store, or null to keep the stored one
     */
    void recordInteraction(TenantId tenant, ContactId id, Instant at, LocalDate nextContactDate);

    /**
     * @param contact a new contact of version 0; never null
     * @return the stored contact with its version
     * @throws ConflictException {@code contact.email-taken} when an active contact holds one of its e-mail addresses
     */
    Contact add(Contact contact);

    /**
     * @param contact a contact read earlier and changed since; never null
     * @return the stored contact with its new version
     * @throws ConflictException on a stale version, or {@code contact.email-taken}
     */
    Contact update(Contact contact);

    /**
     * @param contact a contact read earlier; never null
     * @throws ConflictException on a stale version
     */
    void remove(Contact contact);

    /**
     * @param tenant never null
     * @param email  never null
     * @return the active (not archived) contact holding that address, compared regardless of case
     */
    Optional<Contact> activeWithEmail(TenantId tenant, EmailAddress email);

    /**
     * @param tenant never null
     * @param phone  never null
     * @return the active (not archived) contacts holding that number (same E.164 form), in any order
     */
    List<Contact> activeWithPhone(TenantId tenant, PhoneNumber phone);

    /**
     * @param tenant  never null
     * @param company never null
     * @return the persons working at that company
     */
    List<Contact> employeesOf(TenantId tenant, ContactId company);

    /**
     * @param tenant never null
     * @param query  never null
     * @return the page the query asks for, with the total count of matches
     */
    ContactPage search(TenantId tenant, ContactQuery query);

    /**
     * @param tenant    never null
     * @param perStatus the most contacts per status, at least 1
     * @return the active contacts having a status, at most {@code perStatus} per status, by name
     */
    List<Contact> boardCards(TenantId tenant, int perStatus);

    /**
     * @param tenant never null
     * @return per status, how many active contacts have it (statuses without contacts are absent)
     */
    Map<ContactStatusId, Long> countByStatus(TenantId tenant);

    /**
     * @param tenant never null
     * @return per customer group, how many contacts belong to it (groups without contacts are absent)
     */
    Map<CustomerGroupId, Long> countByCustomerGroup(TenantId tenant);

    /**
     * @param tenant never null
     * @param status never null
     * @return whether any contact, archived or not, has that status
     */
    boolean anyWithStatus(TenantId tenant, ContactStatusId status);

    /**
     * @param tenant never null
     * @param tag    never null
     * @return whether any contact, archived or not, carries that tag
     */
    boolean anyWithTag(TenantId tenant, TagId tag);

    /**
     * Points what other contacts hold of {@code from} at {@code to}, set-based (a merge): persons working at company
     * {@code from} work at {@code to} (a person already working at both keeps one link), and a company whose
     * primary contact is {@code from} gets {@code to}. Versions do not change.
     *
     * @param tenant the tenant; never null
     * @param from   the contact merged away; never null
     * @param to     the contact kept; never null
     * @return how many contacts changed
     */
    int reassignReferences(TenantId tenant, ContactId from, ContactId to);
}
