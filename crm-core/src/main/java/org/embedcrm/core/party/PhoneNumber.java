package org.embedcrm.core.party;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.regex.Pattern;
import org.embedcrm.core.error.ValidationException;

/**
 * A telephone number a contact is called on: its canonical E.164 form, which is what numbers are compared and dialled
 * by, and the text as the user typed it, which is what a form shows back.
 *
 * @param e164 the number in E.164 form, such as {@code +32470123456}; never null
 * @param raw  the number as typed, stripped of surrounding whitespace, at most 64 characters; never null nor blank
 */
public record PhoneNumber(String e164, String raw) {

    private static final int MAX_RAW_LENGTH = 64;
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    /** Rejects a number that is not E.164 and raw text that is blank or longer than 64 characters. */
    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw ValidationException.of("phone", "contact.phone.invalid", "not an E.164 phone number: " + e164);
        }
        raw = raw == null ? "" : raw.strip();
        if (raw.isEmpty() || raw.length() > MAX_RAW_LENGTH) {
            throw ValidationException.of("phone", "contact.phone.invalid",
                    "the phone number as typed is required and has at most " + MAX_RAW_LENGTH + " characters");
        }
    }

    /**
     * Reads a number the way a person types it, national or international.
     *
     * @param raw           the number as typed, such as {@code "0470 12 34 56"}; may be null, which is refused
     * @param defaultRegion ISO-3166 alpha-2 region that national numbers belong to, such as {@code "BE"}; may be null
     *                      when {@code raw} starts with {@code +}
     * @return the number, with its E.164 form and {@code raw} kept as typed
     * @throws ValidationException when the text is no valid phone number in that region
     */
    public static PhoneNumber parse(String raw, String defaultRegion) {
        String region = defaultRegion == null ? null : defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (raw == null || raw.isBlank() || raw.strip().length() > MAX_RAW_LENGTH) {
            throw invalid(raw, region);
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Phonenumber.PhoneNumber number;
        try {
            number = util.parse(raw, region);
        } catch (NumberParseException e) {
            throw invalid(raw, region);
        }
        if (!util.isValidNumber(number)) {
            throw invalid(raw, region);
        }
        return new PhoneNumber(util.format(number, PhoneNumberFormat.E164), raw);
    }

    /** @return the E.164 form without its {@code +}, such as {@code 32470123456} */
    public String digits() {
        return e164.substring(1);
    }

    @Override
    public String toString() {
        return e164;
    }

    private static ValidationException invalid(String raw, String region) {
        return ValidationException.of("phone", "contact.phone.invalid",
                "not a valid phone number: \"" + raw + "\" (default region " + region + ")");
    }
}
