package org.embedcrm.plugin.peppol.internal;

/**
 * The check-digit rules of the numbers whose algorithm is published: the Belgian enterprise / VAT number, the Dutch
 * btw-nummer and the German USt-IdNr. Each takes the number without its country prefix.
 */
final class CheckDigits {

    private CheckDigits() {
    }

    /**
     * @param number ten digits, e.g. {@code 0428759497}
     * @return whether the last two digits are 97 minus the first eight modulo 97, and the number is not all zeros
     */
    static boolean belgian(String number) {
        long first = Long.parseLong(number.substring(0, 8));
        int check = Integer.parseInt(number.substring(8));
        return (first + check) % 97 == 0 && first + check > 0;
    }

    /**
     * @param number nine digits, {@code B} and two digits, e.g. {@code 004495445B01}
     * @return whether the nine digits pass the 11-proof (a company's RSIN) or {@code NL} and the number pass
     *         ISO 7064 mod 97-10 (a sole proprietor's btw-identificatienummer since 2020)
     */
    static boolean dutch(String number) {
        return elevenProof(number.substring(0, 9)) || mod97(("NL" + number)) == 1;
    }

    /**
     * @param number nine digits, e.g. {@code 136695976}
     * @return whether the last digit is the ISO 7064 MOD 11,10 check digit of the first eight
     */
    static boolean german(String number) {
        int product = 10;
        for (int i = 0; i < 8; i++) {
            int sum = (number.charAt(i) - '0' + product) % 10;
            product = (2 * (sum == 0 ? 10 : sum)) % 11;
        }
        return (11 - product) % 10 == number.charAt(8) - '0';
    }

    private static boolean elevenProof(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static int mod97(String alphanumeric) {
        int remainder = 0;
        for (char c : alphanumeric.toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
            remainder %= 97;
        }
        return remainder;
    }
}
