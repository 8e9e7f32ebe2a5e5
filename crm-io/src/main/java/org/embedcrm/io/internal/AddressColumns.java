package org.embedcrm.io.internal;

import java.util.Arrays;
import java.util.List;
import org.embedcrm.core.party.Address;
import org.embedcrm.io.csv.ContactColumn;

/** The five columns of one address of a contact: street, city, region, postal code, country. */
enum AddressColumns {

    BILLING(ContactColumn.BILLING_STREET, ContactColumn.BILLING_CITY, ContactColumn.BILLING_REGION,
            ContactColumn.BILLING_POSTAL_CODE, ContactColumn.BILLING_COUNTRY),
    DELIVERY(ContactColumn.DELIVERY_STREET, ContactColumn.DELIVERY_CITY, ContactColumn.DELIVERY_REGION,
            ContactColumn.DELIVERY_POSTAL_CODE, ContactColumn.DELIVERY_COUNTRY);

    private final List<ContactColumn> columns;

    AddressColumns(ContactColumn... columns) {
        this.columns = List.of(columns);
    }

    /** @return whether the file has any of the five columns */
    boolean any(CsvHeader<ContactColumn> header) {
        return columns.stream().anyMatch(header::has);
    }

    /**
     * @param current the address stored, or null
     * @return street, city, region, postal code and country code: the row's cell where the file has the column,
     *         else the stored part
     */
    String[] parts(CsvHeader<ContactColumn> header, CsvRow row, Address current) {
        String[] stored = current == null ? new String[5] : new String[] {current.street(), current.city(),
            current.region(), current.postalCode(), current.country() == null ? null : current.country().value()};
        String[] parts = new String[5];
        for (int i = 0; i < 5; i++) {
            parts[i] = header.has(columns.get(i)) ? header.cell(row, columns.get(i)) : stored[i];
        }
        return parts;
    }

    /**
     * @param address an address; never null
     * @return its five parts as cells, empty where it has none
     */
    static List<String> cells(Address address) {
        return Arrays.asList(address.street(), address.city(), address.region(), address.postalCode(),
                address.country() == null ? null : address.country().value());
    }

    ContactColumn country() {
        return columns.get(4);
    }

    /** @return the column an {@link Address} violation of that field is about */
    ContactColumn forField(String field) {
        return switch (field) {
            case "address.city" -> columns.get(1);
            case "address.region" -> columns.get(2);
            case "address.postalCode" -> columns.get(3);
            default -> columns.get(0);
        };
    }
}
