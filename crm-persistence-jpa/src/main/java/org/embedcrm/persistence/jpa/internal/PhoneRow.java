package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.embedcrm.core.party.PhoneNumber;

/**
 * A row of {@code embedcrm_contact_phones}: one phone number of a contact, at its position in the contact's list.
 *
 * @param tenantId the contact's tenant
 * @param e164     the number in E.164 form
 * @param raw      the number as typed
 * @param digits   the E.164 form without its plus, which searches compare
 */
@Embeddable
record PhoneRow(
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Column(name = "e164", nullable = false, length = 16) String e164,
        @Column(name = "raw", nullable = false, length = 64) String raw,
        @Column(name = "digits", nullable = false, length = 15) String digits) {

    static PhoneRow of(String tenantId, PhoneNumber number) {
        return new PhoneRow(tenantId, number.e164(), number.raw(), number.digits());
    }

    PhoneNumber toPhone() {
        return new PhoneNumber(e164, raw);
    }
}
