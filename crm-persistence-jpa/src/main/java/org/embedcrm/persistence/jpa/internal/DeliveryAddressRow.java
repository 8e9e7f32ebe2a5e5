package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.embedcrm.core.party.Address;

/**
 * A row of {@code embedcrm_contact_addresses}: one delivery address of a contact, the default one at position 0.
 *
 * @param tenantId the contact's tenant
 * @param address  the address
 */
@Embeddable
record DeliveryAddressRow(
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Embedded AddressColumns address) {

    static DeliveryAddressRow of(String tenantId, Address address) {
        return new DeliveryAddressRow(tenantId, AddressColumns.of(address));
    }

    Address toAddress() {
        return address.toAddress();
    }
}
