package org.embedcrm.core.party;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The format and check-digit rules of EU VAT numbers, one country at a time. BE, NL, DE and FR numbers carry check
 * digits that are verified here; the other EU prefixes are checked for their general shape only, which catches typing
 * slips in the prefix but not in the digits.
 */
final class VatChecksums {

    /** What a number turned out to be. */
    enum Verdict { VALID, BAD_FORMAT, BAD_CHECKSUM }

    private static final Set<String> FORMAT_ONLY = Set.of("AT", "BG", "CY", "CZ", "DK", "EE", "EL", "ES", "FI", "HR",
            "HU", "IE", "IT", "LT", "LU", "LV", "MT", "PL", "PT", "RO", "SE", "SI", "SK", "XI");

    private static final Pattern GENERIC = Pattern.compile("[A-Z0-9]{2,13}");
    private static final Pattern BELGIUM = Pattern.compile("[01]\\d{9}");
    private static final Pattern NETHERLANDS = Pattern.compile("\\d{9}B\\d{2}");
    private static final Pattern GERMANY = Pattern.compile("[1-9]\\d{8}");
    // The key of newer numbers may hold letters, never I nor O.
    private static final Pattern FRANCE = Pattern.compile("[0-9A-HJ-NP-Z]{2}\\d{9}");

    private VatChecksums() {
    }

    /**
     * @param country the two-letter VAT prefix, upper-case; never null
     * @param number  what follows the prefix, upper-case and without separators; never null
     * @return whether the number is valid, malformed, or well-formed with wrong check digits
     */
    static Verdict check(String country, String number) {
        return switch (country) {
            case "BE" -> belgium(number);
            case "NL" -> netherlands(number);
            case "DE" -> germany(number);
            case "FR" -> france(number);
            default -> FORMAT_ONLY.contains(country) && GENERIC.matcher(number).matches()
                    ? Verdict.VALID : Verdict.BAD_FORMAT;
        };
    }

    /** Enterprise number: the last two digits are 97 minus the first eight modulo 97. */
    private static Verdict belgium(String number) {
        if (!BELGIUM.matcher(number).matches() || allZeros(number)) {
            return Verdict.BAD_FORMAT;
        }
        int body = Integer.parseInt(number.substring(0, 8));
        int check = Integer.parseInt(number.substring(8));
        return verdict((body + check) % 97 == 0);
    }

    /**
     * Btw-nummer: RSIN or BSN, {@code B}, branch 01 to 99. The 9 digits pass the 11-proof, or, for the
     * btw-identificatienummer sole proprietors have had since 2020, the whole {@code NL...} passes ISO 7064 MOD 97-10.
     */
    private static Verdict netherlands(String number) {
        if (!NETHERLANDS.matcher(number).matches() || number.endsWith("B00") || allZeros(number.substring(0, 9))) {
            return Verdict.BAD_FORMAT;
        }
        return verdict(elevenProof(number.substring(0, 9)) || mod97Remainder("NL" + number) == 1);
    }

    /** USt-IdNr: the ninth digit is the ISO 7064 MOD 11,10 check digit of the first eight. */
    private static Verdict germany(String number) {
        if (!GERMANY.matcher(number).matches()) {
            return Verdict.BAD_FORMAT;
        }
        int product = 10;
        for (int i = 0; i < 8; i++) {
            int sum = (digit(number, i) + product) % 10;
            product = (2 * (sum == 0 ? 10 : sum)) % 11;
        }
        return verdict((11 - product) % 10 == digit(number, 8));
    }

    /**
     * N° TVA: a two-character key and the 9-digit SIREN. The SIREN passes Luhn, except for Monaco's numbers, which start
     * with 000 and are no SIREN. A numeric key is (12 + 3 × (SIREN mod 97)) mod 97; a key with a letter is checked for
     * its format only.
     */
    private static Verdict france(String number) {
        if (!FRANCE.matcher(number).matches()) {
            return Verdict.BAD_FORMAT;
        }
        String key = number.substring(0, 2);
        String siren = number.substring(2);
        if (!siren.startsWith("000") && !luhn(siren)) {
            return Verdict.BAD_CHECKSUM;
        }
        if (Character.isDigit(key.charAt(0)) && Character.isDigit(key.charAt(1))) {
            return verdict(Integer.parseInt(key) == (12 + 3 * (Integer.parseInt(siren) % 97)) % 97);
        }
        return Verdict.VALID;
    }

    /** Weights 9 down to 2 for the first eight digits, −1 for the last; the sum is a multiple of 11. */
    private static boolean elevenProof(String nineDigits) {
        int sum = -digit(nineDigits, 8);
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * digit(nineDigits, i);
        }
        return sum % 11 == 0;
    }

    /** ISO 7064 MOD 97-10 remainder, letters counting A = 10 to Z = 35. */
    private static int mod97Remainder(String text) {
        int remainder = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            remainder = Character.isDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digit(digits, digits.length() - 1 - i);
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static boolean allZeros(String digits) {
        return digits.chars().allMatch(c -> c == '0');
    }

    private static int digit(String text, int index) {
        return text.charAt(index) - '0';
    }

    private static Verdict verdict(boolean checkDigitsMatch) {
        return checkDigitsMatch ? Verdict.VALID : Verdict.BAD_CHECKSUM;
    }
}
