package org.embedcrm.core.merge.internal;

import java.util.Locale;

/**
 * Normalises e-mail addresses for comparison: stripped, lower-cased and without plus-addressing, so that
 * {@code " Anna+news@Acme.BE"} becomes {@code anna@acme.be}. A malformed address (two {@code @}, no domain) is
 * lower-cased only, so that two copies of it still match; text without any {@code @}, such as a date typed in the
 * wrong column, is no address and is ignored.
 */
public final class EmailAddresses {

    private static final int MIN_NAME_IN_EMAIL = 3;

    private EmailAddresses() {
    }

    /**
     * @param address an address as given; may be null
     * @return the normalised address, or null when it is null, blank or has no {@code @}
     */
    public static String normalise(String address) {
        if (address == null || address.indexOf('@') < 0) {
            return null;
        }
        String text = address.strip().toLowerCase(Locale.ROOT);
        int at = text.indexOf('@');
        if (at == 0 || at != text.lastIndexOf('@')) {
            return text;
        }
        String local = text.substring(0, at);
        int plus = local.indexOf('+');
        return (plus > 0 ? local.substring(0, plus) : local) + text.substring(at);
    }

    /**
     * @param normalised an address as {@link #normalise} returns it; never null
     * @return its domain when it is a company's, or null when it has none or it is a free-mail provider's
     */
    public static String companyDomain(String normalised) {
        int at = normalised.indexOf('@');
        if (at < 0 || normalised.indexOf('.', at) < 0) {
            return null;
        }
        String domain = normalised.substring(at + 1);
        return FreeMailDomains.isFreeMail(domain) ? null : domain;
    }

    /**
     * @param normalised an address as {@link #normalise} returns it; never null
     * @param name       a folded name; never null
     * @return true when the letters of the address's local part start or end with the name's letters, as in
     *     {@code anna.peeters@acme.be} for {@code anna} or {@code peeters}; a name shorter than three letters never is
     */
    static boolean spellsOut(String normalised, String name) {
        String letters = letters(name, name.length());
        int at = normalised.indexOf('@');
        if (letters.length() < MIN_NAME_IN_EMAIL || at < 0) {
            return false;
        }
        String local = letters(normalised, at);
        return local.startsWith(letters) || local.endsWith(letters);
    }

    /** @return the letters a to z among the text's first {@code end} characters */
    private static String letters(String text, int end) {
        StringBuilder letters = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }
}
