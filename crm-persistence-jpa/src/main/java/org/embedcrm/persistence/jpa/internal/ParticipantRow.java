package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.embedcrm.core.party.ContactId;

/**
 * A row of {@code embedcrm_interaction_participants} or {@code embedcrm_activity_contacts}: a contact taking part.
 *
 * @param tenantId  the interaction's or activity's tenant
 * @param contactId the contact
 */
@Embeddable
record ParticipantRow(
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Column(name = "contact_id", nullable = false) UUID contactId) {

    static ParticipantRow of(String tenantId, ContactId contact) {
        return new ParticipantRow(tenantId, contact.value());
    }

    ContactId toContact() {
        return new ContactId(contactId);
    }
}
