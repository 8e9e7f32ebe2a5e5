package org.embedcrm.core.party;

import java.util.Locale;
import java.util.regex.Pattern;
import org.embedcrm.core.error.ValidationException;

/**
 * The e-mail address a contact is reached at, in the practical form mail servers accept: a dot-atom local part, one
 * {@code @} and a domain name with a top-level domain. The domain is stored lower-case; the local part is kept as typed,
 * because a few servers still treat it case-sensitively, while {@link #matchKey()} compares addresses without regard to
 * case.
 *
 * @param value the address, without surrounding whitespace and with a lower-case domain; never null
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL_PART = Pattern.compile(ATEXT + "(\\." + ATEXT + ")*");
    private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile("(" + LABEL + "\\.)+[a-z]{2,63}");

    /** Strips surrounding whitespace, lower-cases the domain and rejects anything that is not a practical address. */
    public EmailAddress {
        String text = value == null ? "" : value.strip();
        int at = text.indexOf('@');
        if (at < 0 || at != text.lastIndexOf('@')) {
            throw invalid(value);
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.length() > MAX_LOCAL_LENGTH || !LOCAL_PART.matcher(local).matches()
                || !DOMAIN.matcher(domain).matches() || text.length() > MAX_LENGTH) {
            throw invalid(value);
        }
        value = local + "@" + domain;
    }

    /**
     * @param text an address as typed, surrounding whitespace allowed; may be null, which is refused
     * @return that address, normalised
     * @throws ValidationException when the text is not a practical e-mail address
     */
    public static EmailAddress of(String text) {
        return new EmailAddress(text);
    }

    /** @return the whole address lower-cased: two addresses that differ only in case have the same key */
    public String matchKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }

    private static ValidationException invalid(String text) {
        return ValidationException.of("email", "contact.email.invalid", "not a valid e-mail address: " + text);
    }
}
