package org.embedcrm.core.lead;

import org.embedcrm.core.party.ContactId;

/**
 * An existing contact or lead sharing a new lead's e-mail address or phone number.
 *
 * @param contact the contact, or null when it is a lead
 * @param lead    the lead, or null when it is a contact
 * @param name    its display name or title
 * @param matchedOn {@code email} or {@code phone}
 */
public record PossibleDuplicate(ContactId contact, LeadId lead, String name, String matchedOn) {
}
