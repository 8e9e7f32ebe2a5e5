package org.embedcrm.core.party;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;

/**
 * A postal address of a contact: where letters and invoices are sent. Every part is optional, but an address says at
 * least where (a street, a city or a postal code); blank parts are stored as null.
 *
 * @param street     street, number and box, stripped, at most 200 characters; may be null
 * @param city       city or town, stripped, at most 200 characters; may be null
 * @param region     state, province or county, stripped, at most 200 characters; may be null
 * @param postalCode postal code as written in the country, stripped, at most 200 characters; may be null
 * @param country    the country; may be null when unknown
 */
public record Address(String street, String city, String region, String postalCode, CountryCode country) {

    /** Longest accepted text part. */
    public static final int MAX_PART_LENGTH = 200;

    /** Strips every part, turns blank parts into null, and reports every part that is too long at once. */
    public Address {
        street = clean(street);
        city = clean(city);
        region = clean(region);
        postalCode = clean(postalCode);
        List<Violation> violations = new ArrayList<>();
        checkLength("address.street", street, violations);
        checkLength("address.city", city, violations);
        checkLength("address.region", region, violations);
        checkLength("address.postalCode", postalCode, violations);
        if (street == null && city == null && postalCode == null) {
            violations.add(new Violation("address", "address.empty", "an address needs a street, a city or a postal code"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static String clean(String part) {
        return part == null || part.isBlank() ? null : part.strip();
    }

    private static void checkLength(String field, String part, List<Violation> violations) {
        if (part != null && part.length() > MAX_PART_LENGTH) {
            violations.add(new Violation(field, "address.too-long",
                    field + " has at most " + MAX_PART_LENGTH + " characters"));
        }
    }
}
