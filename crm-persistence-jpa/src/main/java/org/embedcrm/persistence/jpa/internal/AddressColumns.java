package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.CountryCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The columns of a postal address: a contact's billing address in {@code embedcrm_contacts}, a delivery address in
 * {@code embedcrm_contact_addresses}.
 *
 * @param street     or null
 * @param city       or null
 * @param region     or null
 * @param postalCode or null
 * @param country    the ISO-3166 alpha-2 code, or null
 */
@Embeddable
record AddressColumns(
        @Column(name = "street", length = 200) String street,
        @Column(name = "city", length = 200) String city,
        @Column(name = "region", length = 200) String region,
        @Column(name = "postal_code", length = 200) String postalCode,
        @Column(name = "country", length = 2) @JdbcTypeCode(SqlTypes.CHAR) String country) {

    /** @return the columns of the address, or null for no address */
    static AddressColumns of(Address address) {
        return address == null ? null : new AddressColumns(address.street(), address.city(), address.region(),
                address.postalCode(), address.country() == null ? null : address.country().value());
    }

    Address toAddress() {
        return new Address(street, city, region, postalCode, country == null ? null : new CountryCode(country));
    }
}
