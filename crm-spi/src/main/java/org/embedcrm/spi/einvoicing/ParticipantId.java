package org.embedcrm.spi.einvoicing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a company on the PEPPOL network: an identifier scheme and a value, written
 * {@code scheme::value}, e.g. {@code iso6523-actorid-upis::0208:0428759497}. Under the ISO 6523 scheme the value is
 * a four-digit ICD (which register issued the number) and the number itself, joined by a colon.
 *
 * @param scheme the identifier scheme, e.g. {@value #ISO6523_SCHEME}; never blank, without {@code ::} or spaces
 * @param value  the identifier within that scheme, e.g. {@code 0208:0428759497}; never blank, without spaces; under
 *               the ISO 6523 scheme it starts with a four-digit ICD and a colon
 */
public record ParticipantId(String scheme, String value) {

    /** The participant identifier scheme PEPPOL uses for every company. */
    public static final String ISO6523_SCHEME = "iso6523-actorid-upis";

    private static final String SEPARATOR = "::";
    private static final Pattern NO_SPACE = Pattern.compile("\\S+");
    private static final Pattern ICD = Pattern.compile("[0-9]{4}");
    private static final Pattern ISO6523_VALUE = Pattern.compile("[0-9]{4}:.+");

    /** Rejects blank parts, spaces, a {@code ::} inside the scheme and an ISO 6523 value without its ICD. */
    public ParticipantId {
        requireToken("scheme", scheme);
        requireToken("value", value);
        if (scheme.contains(SEPARATOR)) {
            throw new IllegalArgumentException("scheme must not contain '::': " + scheme);
        }
        if (scheme.equals(ISO6523_SCHEME) && !ISO6523_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "an " + ISO6523_SCHEME + " value is a four-digit ICD, a colon and the number: " + value);
        }
    }

    /**
     * @param icd    the four-digit ISO 6523 code of the register, e.g. {@code 0208}; never null
     * @param number the number within that register, e.g. {@code 0428759497}; never blank
     * @return the participant {@code iso6523-actorid-upis::<icd>:<number>}
     * @throws IllegalArgumentException when the ICD is not four digits or the number is blank or has spaces
     */
    public static ParticipantId iso6523(String icd, String number) {
        if (!ICD.matcher(Objects.requireNonNull(icd, "icd")).matches()) {
            throw new IllegalArgumentException("an ICD is four digits: " + icd);
        }
        requireToken("number", number);
        return new ParticipantId(ISO6523_SCHEME, icd + ":" + number);
    }

    /**
     * @param text the {@code scheme::value} form, e.g. {@code iso6523-actorid-upis::0208:0428759497}; never null
     * @return the participant it names
     * @throws IllegalArgumentException when the text has no {@code ::} or a part is invalid
     */
    public static ParticipantId parse(String text) {
        int separator = Objects.requireNonNull(text, "text").indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("a participant identifier is written scheme::value: " + text);
        }
        return new ParticipantId(text.substring(0, separator), text.substring(separator + SEPARATOR.length()));
    }

    /** @return the {@code scheme::value} form, e.g. {@code iso6523-actorid-upis::0208:0428759497}; never null */
    public String asText() {
        return scheme + SEPARATOR + value;
    }

    static void requireToken(String name, String token) {
        if (!NO_SPACE.matcher(Objects.requireNonNull(token, name)).matches()) {
            throw new IllegalArgumentException(name + " must be non-blank and without spaces: '" + token + "'");
        }
    }
}
