package org.embedcrm.core.party;

import org.embedcrm.core.error.ValidationException;

/**
 * When a customer pays its invoices: either a number of days after the invoice date ("net 30"), or a named
 * arrangement the accounting system knows ("end of month", "cash on delivery"). Exactly one of the two is set.
 *
 * @param netDays days after the invoice date, 0 to 365; null when the terms are named
 * @param name    the name of the arrangement, stripped, 1 to 100 characters; null when the terms are net days (a blank
 *                name counts as null)
 */
public record PaymentTerms(Integer netDays, String name) {

    /** Longest net period accepted: one year. */
    public static final int MAX_NET_DAYS = 365;

    /** Longest name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    /** Strips the name and rejects terms with both parts, with neither, or with a part out of range. */
    public PaymentTerms {
        name = name == null || name.isBlank() ? null : name.strip();
        if ((netDays == null) == (name == null)) {
            throw ValidationException.of("paymentTerms", "payment-terms.one-of",
                    "payment terms are either net days or a name, not both and not neither");
        }
        if (netDays != null && (netDays < 0 || netDays > MAX_NET_DAYS)) {
            throw ValidationException.of("paymentTerms.netDays", "payment-terms.net-days.range",
                    "net days are 0 to " + MAX_NET_DAYS + ": " + netDays);
        }
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            throw ValidationException.of("paymentTerms.name", "payment-terms.name.too-long",
                    "the name of payment terms has at most " + MAX_NAME_LENGTH + " characters");
        }
    }

    /**
     * @param days days after the invoice date, 0 to 365
     * @return "net {@code days}" terms
     * @throws ValidationException when the days are out of range
     */
    public static PaymentTerms net(int days) {
        return new PaymentTerms(days, null);
    }

    /**
     * @param name the name of the arrangement, 1 to 100 characters after stripping; never null nor blank
     * @return named terms
     * @throws ValidationException when the name is blank or too long
     */
    public static PaymentTerms named(String name) {
        return new PaymentTerms(null, name);
    }
}
