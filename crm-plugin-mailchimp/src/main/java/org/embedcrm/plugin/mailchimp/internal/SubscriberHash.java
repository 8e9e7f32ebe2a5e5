package org.embedcrm.plugin.mailchimp.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The id Mailchimp gives a member in URLs: the MD5 of its email address, trimmed and lower-cased, as 32 lower-case
 * hex digits.
 *
 * @param value the 32 hex digits; never null
 */
record SubscriberHash(String value) {

    SubscriberHash {
        if (!Objects.requireNonNull(value, "value").matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("a subscriber hash is 32 lower-case hex digits: " + value);
        }
    }

    /**
     * @param email an email address in any case; never null
     * @return its hash; never null
     */
    static SubscriberHash of(String email) {
        byte[] address = email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return new SubscriberHash(HexFormat.of().formatHex(md5().digest(address)));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }
}
