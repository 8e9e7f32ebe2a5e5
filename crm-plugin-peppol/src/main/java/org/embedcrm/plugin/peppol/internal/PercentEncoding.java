package org.embedcrm.plugin.peppol.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of identifiers in SMP paths and Directory queries: every character but letters, digits and
 * {@code -_.*} is encoded ({@code :} as {@code %3A}, {@code #} as {@code %23}, {@code /} as {@code %2F}, a space as
 * {@code %20}); decoding leaves {@code +} as it is.
 */
final class PercentEncoding {

    private PercentEncoding() {
    }

    /**
     * @param text any text; never null
     * @return the text encoded for one URL path segment or query value
     */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * @param encoded percent-encoded text; never null
     * @return the decoded text
     * @throws IllegalArgumentException when a {@code %} is not followed by two hexadecimal digits
     */
    static String decode(String encoded) {
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
