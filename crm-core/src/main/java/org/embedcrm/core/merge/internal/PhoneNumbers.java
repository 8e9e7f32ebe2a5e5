package org.embedcrm.core.merge.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Normalises phone numbers for comparison: to E.164 ({@code +32470123456}) when libphonenumber can read the number in
 * its default region, else to its bare digits, so that even a number typed without its area code can still be
 * compared by its last digits.
 */
public final class PhoneNumbers {

    /** The fewest digits a phone number has. */
    static final int MIN_DIGITS = 5;
    /** How many trailing digits identify a subscriber within an area: compared when area codes are missing. */
    public static final int LOCAL_DIGITS = 7;

    private static final String UNKNOWN_REGION = "ZZ";

    private PhoneNumbers() {
    }

    /**
     * @param raw    the number as typed; may be null
     * @param region ISO-3166 alpha-2 region of national numbers, such as {@code BE}; may be null, and then only
     *               international numbers become E.164
     * @return the E.164 form, or the digits alone when the number cannot be read in that region, or null when the
     *     text has fewer than {@value #MIN_DIGITS} digits
     */
    public static String normalise(String raw, String region) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() < MIN_DIGITS) {
            return null;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber number = util.parse(raw, region == null ? UNKNOWN_REGION : region);
            if (util.isPossibleNumber(number)) {
                return util.format(number, PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // Not readable as a number of that region: the digits alone are still worth comparing.
        }
        return digits;
    }

    /**
     * @param normalised a number as {@link #normalise} returns it; never null
     * @return its last {@value #LOCAL_DIGITS} digits, or all of them when it has fewer
     */
    public static String localDigits(String normalised) {
        String digits = normalised.startsWith("+") ? normalised.substring(1) : normalised;
        return digits.length() <= LOCAL_DIGITS ? digits : digits.substring(digits.length() - LOCAL_DIGITS);
    }
}
