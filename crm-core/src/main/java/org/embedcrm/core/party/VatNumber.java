package org.embedcrm.core.party;

import java.util.Locale;
import java.util.regex.Pattern;
import org.embedcrm.core.error.ValidationException;

/**
 * The VAT identification number a company invoices under in the EU: its two-letter VAT prefix followed by the national
 * number, upper-case and without separators, as VIES and PEPPOL write it ({@code BE0428759497}). Numbers of Belgium,
 * the Netherlands, Germany and France are checked down to their check digits; those of the other EU prefixes (Greece
 * is {@code EL}, Northern Ireland {@code XI}) for their shape only.
 *
 * @param value the canonical number; never null
 */
public record VatNumber(String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s./-]");
    private static final Pattern SHORT_DUTCH = Pattern.compile("\\d{1,8}B\\d{2}");

    /** Rejects a value that is not a canonical VAT number of a known EU prefix, or whose check digits are wrong. */
    public VatNumber {
        validate(value, value);
    }

    /**
     * Reads a VAT number as people write it: in any case, with spaces, dashes, dots or slashes, Belgian numbers with
     * {@code (0)} or in their old 9-digit form, Dutch ones without their leading zeros.
     *
     * @param text the number as typed, such as {@code "be 0428.759.497"}; may be null, which is refused
     * @return the number in canonical form
     * @throws ValidationException when the text is no VAT number of a known EU prefix, or its check digits are wrong
     */
    public static VatNumber parse(String text) {
        String compact = text == null ? "" : SEPARATORS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
        if (compact.length() < 2) {
            throw formatError(text);
        }
        String country = compact.substring(0, 2);
        String number = compact.substring(2);
        if (country.equals("BE")) {
            number = number.startsWith("(0)") ? "0" + number.substring(3) : number;
            number = number.length() == 9 ? "0" + number : number;
        } else if (country.equals("NL") && SHORT_DUTCH.matcher(number).matches()) {
            number = "0".repeat(12 - number.length()) + number;
        }
        String canonical = country + number;
        validate(canonical, text);
        return new VatNumber(canonical);
    }

    /** @return the two-letter VAT prefix, such as {@code BE} or {@code EL} */
    public String country() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void validate(String canonical, String shownAs) {
        if (canonical == null || canonical.length() < 2) {
            throw formatError(shownAs);
        }
        switch (VatChecksums.check(canonical.substring(0, 2), canonical.substring(2))) {
            case BAD_FORMAT -> throw formatError(shownAs);
            case BAD_CHECKSUM -> throw ValidationException.of("vatNumber", "vat.checksum",
                    "the check digits of this VAT number do not match: " + shownAs);
            case VALID -> { }
        }
    }

    private static ValidationException formatError(String text) {
        return ValidationException.of("vatNumber", "vat.format", "not a VAT number of a known EU format: " + text);
    }
}
