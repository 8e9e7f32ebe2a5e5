package org.embedcrm.core.party;

import java.util.Locale;
import java.util.Set;
import org.embedcrm.core.error.ValidationException;

/**
 * The country a contact or an address is in, as its ISO-3166 alpha-2 code ({@code BE}, {@code DE}).
 *
 * @param value the code, upper-case and known to {@link Locale#getISOCountries()}; never null
 */
public record CountryCode(String value) {

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    /** Upper-cases the code and rejects anything that is not an ISO-3166 alpha-2 country. */
    public CountryCode {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(code)) {
            throw ValidationException.of("country", "country.invalid", "not an ISO-3166 alpha-2 country code: " + value);
        }
        value = code;
    }

    /**
     * @param text a two-letter code in any case, such as {@code "be"}; may be null, which is refused
     * @return that country
     * @throws ValidationException when the text is not an ISO-3166 alpha-2 country code
     */
    public static CountryCode of(String text) {
        return new CountryCode(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
