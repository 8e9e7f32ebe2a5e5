package org.embedcrm.spi.einvoicing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A number that identifies a company in its country, as a contact record holds it: a VAT number
 * ({@code BE0428759497}) or a registration number from a business register (the Belgian enterprise number
 * {@code 0428.759.497}, a Dutch KvK number, ...). The value is kept as typed; a {@link ParticipantLookup} normalises
 * and checks it.
 *
 * @param kind    what the number is; never null
 * @param country the ISO 3166-1 alpha-2 code of the country that issued it, upper case (e.g. {@code BE}); never null
 * @param value   the number as typed, with or without separators or country prefix; never blank
 */
public record BusinessIdentifier(Kind kind, String country, String value) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** What a business identifier is. */
    public enum Kind {
        /** A value-added tax number, e.g. {@code BE0428759497}. */
        VAT_NUMBER,
        /** A number from the country's business register, e.g. the Belgian enterprise number. */
        REGISTRATION_NUMBER
    }

    /** Rejects null parts, a country that is not two upper-case letters and a blank value. */
    public BusinessIdentifier {
        Objects.requireNonNull(kind, "kind");
        if (!COUNTRY.matcher(Objects.requireNonNull(country, "country")).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as BE: " + country);
        }
        if (Objects.requireNonNull(value, "value").isBlank()) {
            throw new IllegalArgumentException("value must not be blank");
        }
    }

    /**
     * @param country ISO 3166-1 alpha-2 code, upper case; never null
     * @param value   the VAT number as typed; never blank
     * @return that VAT number
     */
    public static BusinessIdentifier vatNumber(String country, String value) {
        return new BusinessIdentifier(Kind.VAT_NUMBER, country, value);
    }

    /**
     * @param country ISO 3166-1 alpha-2 code, upper case; never null
     * @param value   the registration number as typed; never blank
     * @return that registration number
     */
    public static BusinessIdentifier registrationNumber(String country, String value) {
        return new BusinessIdentifier(Kind.REGISTRATION_NUMBER, country, value);
    }
}
