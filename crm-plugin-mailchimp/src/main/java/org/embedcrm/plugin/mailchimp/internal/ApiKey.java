package org.embedcrm.plugin.mailchimp.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mailchimp API key: a secret ending in the data center that serves the account, e.g. {@code ...-us6}. A class
 * rather than a record so that no accessor, {@code toString} or error message ever hands the secret out; only
 * {@link #authorization()} uses it.
 */
final class ApiKey {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z]+-([a-z]+[0-9]+)");
    private static final String REDACTED = "[api key]";

    private final String secret;
    private final String dataCenter;

    /**
     * @param secret the key as Mailchimp issued it, surrounding blanks ignored; never null
     * @throws IllegalArgumentException when it does not end in a data center; the message does not show the key
     */
    ApiKey(String secret) {
        Matcher shape = SHAPE.matcher(Objects.requireNonNull(secret, "secret").strip());
        if (!shape.matches()) {
            throw new IllegalArgumentException(
                    "must look like <key>-<data center>, e.g. 0123...cdef-us6 (the value is not shown)");
        }
        this.secret = shape.group();
        this.dataCenter = shape.group(1);
    }

    /** @return the data center the key belongs to, e.g. {@code us6}; never null */
    String dataCenter() {
        return dataCenter;
    }

    /** @return the value of the HTTP {@code Authorization} header: Basic, any user name, the key as password */
    String authorization() {
        byte[] credentials = ("embedcrm:" + secret).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(credentials);
    }

    /**
     * @param text text that came from outside, e.g. an error detail; never null
     * @return the text with every occurrence of the key replaced; never null
     */
    String redact(String text) {
        return text.replace(secret, REDACTED);
    }

    @Override
    public String toString() {
        return "ApiKey[" + REDACTED + "-" + dataCenter + "]";
    }
}
