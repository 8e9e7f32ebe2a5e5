package org.embedcrm.plugin.peppol.internal;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How one country writes one kind of business number, and the PEPPOL identifier scheme (ICD) it goes under.
 *
 * @param icd         the four-digit ISO 6523 code, e.g. {@code 9925}; never null
 * @param prefix      what the PEPPOL value starts with before the number, e.g. {@code BE} for a VAT number, empty
 *                    when nothing; also stripped from the input when present; never null
 * @param format      the number without prefix and separators; never null
 * @param description the format in words, for error messages; never null
 * @param padding     completes a number written short (e.g. the old 9-digit Belgian form); never null
 * @param checkDigits whether a well-formed number's check digits are right; never null
 */
record NumberScheme(String icd, String prefix, Pattern format, String description, UnaryOperator<String> padding,
                    Predicate<String> checkDigits) {

    /**
     * @param icd         the ICD
     * @param prefix      the value's prefix, possibly empty
     * @param format      the number's regular expression
     * @param description the format in words
     * @return a scheme with no padding and no check digits
     */
    static NumberScheme of(String icd, String prefix, String format, String description) {
        return new NumberScheme(icd, prefix, Pattern.compile(format), description, UnaryOperator.identity(),
                number -> true);
    }

    /**
     * @param rule completes a number written short
     * @return this scheme with that padding
     */
    NumberScheme padded(UnaryOperator<String> rule) {
        return new NumberScheme(icd, prefix, format, description, rule, checkDigits);
    }

    /**
     * @param rule the check-digit rule
     * @return this scheme with that rule
     */
    NumberScheme checked(Predicate<String> rule) {
        return new NumberScheme(icd, prefix, format, description, padding, rule);
    }
}
