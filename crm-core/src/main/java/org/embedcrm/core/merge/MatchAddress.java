package org.embedcrm.core.merge;

/**
 * A postal address as compared for duplicates: loose text as a user or an import gave it, each part optional.
 *
 * @param street   street and house number, such as {@code "Kerkstraat 12"}; null when unknown
 * @param postcode postal code; null when unknown
 * @param city     city or town; null when unknown
 * @param country  country, ideally an ISO-3166 alpha-2 code, which then also serves as the region of national phone
 *                 numbers; null when unknown
 */
public record MatchAddress(String street, String postcode, String city, String country) {

    private static final MatchAddress NONE = new MatchAddress(null, null, null, null);

    /** Strips surrounding whitespace and turns blank parts into null. */
    public MatchAddress {
        street = MatchRecord.clean(street);
        postcode = MatchRecord.clean(postcode);
        city = MatchRecord.clean(city);
        country = MatchRecord.clean(country);
    }

    /** @return the address of which nothing is known */
    public static MatchAddress none() {
        return NONE;
    }

    /**
     * @param street   street and house number; may be null
     * @param postcode postal code; may be null
     * @param city     city; may be null
     * @param country  country; may be null
     * @return that address
     */
    public static MatchAddress of(String street, String postcode, String city, String country) {
        return new MatchAddress(street, postcode, city, country);
    }
}
