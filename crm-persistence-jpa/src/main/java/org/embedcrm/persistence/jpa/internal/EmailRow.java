package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.embedcrm.core.party.EmailAddress;

/**
 * A row of {@code embedcrm_contact_emails}: one e-mail address of a contact, at its position in the contact's list.
 *
 * @param tenantId       the contact's tenant
 * @param email          the address as stored by the core
 * @param matchKey       the address lower-cased, which searches compare
 * @param activeMatchKey the match key while the contact is active, null once it is archived: the column the unique
 *                       key of addresses among active contacts is on
 */
@Embeddable
record EmailRow(
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Column(name = "email", nullable = false, length = 254) String email,
        @Column(name = "match_key", nullable = false, length = 254) String matchKey,
        @Column(name = "active_match_key", length = 254) String activeMatchKey) {

    static EmailRow of(String tenantId, EmailAddress address, boolean active) {
        return new EmailRow(tenantId, address.value(), address.matchKey(), active ? address.matchKey() : null);
    }

    EmailAddress toEmail() {
        return new EmailAddress(email);
    }
}
