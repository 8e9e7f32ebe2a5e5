package org.embedcrm.core.party;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.embedcrm.core.error.ValidationException;

/**
 * The language a contact is written to in, as its ISO-639-1 two-letter code ({@code nl}, {@code fr}).
 *
 * @param value the code, lower-case and known to {@link Locale#getISOLanguages()}; never null
 */
public record LanguageCode(String value) {

    private static final Pattern TWO_LETTERS = Pattern.compile("[a-z]{2}");
    private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

    /** Lower-cases the code and rejects anything that is not an ISO-639-1 language. */
    public LanguageCode {
        String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!TWO_LETTERS.matcher(code).matches() || !KNOWN.contains(code)) {
            throw ValidationException.of("language", "language.invalid", "not an ISO-639-1 language code: " + value);
        }
        value = code;
    }

    /**
     * @param text a two-letter code in any case, such as {@code "NL"}; may be null, which is refused
     * @return that language
     * @throws ValidationException when the text is not an ISO-639-1 language code
     */
    public static LanguageCode of(String text) {
        return new LanguageCode(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
