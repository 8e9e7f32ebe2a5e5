package org.embedcrm.plugin.mailchimp.internal;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.embedcrm.spi.plugin.PluginContext;

/**
 * The plugin's settings, read and checked once when the provider is created. Its {@code toString} hides the API
 * key.
 *
 * @param apiRoot        the API's root, e.g. {@code https://us6.api.mailchimp.com/3.0}, without a trailing slash
 * @param apiKey         the API key; never null
 * @param listId         the audience (list) id, letters and digits
 * @param maxAttempts    how many times a call is tried before giving up, 1 to 10
 * @param maxConnections how many calls may be in flight at once, 1 to 10 (Mailchimp's limit per user)
 * @param doubleOptIn    whether new members must confirm by email ({@code pending}) instead of being subscribed
 * @param mergeFields    which attributes fill which extra merge fields; never null
 * @param initialBackoff the delay ceiling before the first retry; positive
 * @param maxBackoff     the largest delay ceiling; at least {@code initialBackoff}
 */
record MailchimpSettings(URI apiRoot, ApiKey apiKey, String listId, int maxAttempts, int maxConnections,
                         boolean doubleOptIn, MergeFieldMapping mergeFields, Duration initialBackoff,
                         Duration maxBackoff) {

    /** Mailchimp allows 10 simultaneous connections per user, and no more. */
    static final int CONNECTION_LIMIT = 10;
    static final int ATTEMPT_LIMIT = 10;

    MailchimpSettings {
        Objects.requireNonNull(apiRoot, "apiRoot");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(mergeFields, "mergeFields");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        listId = listId(listId);
    }

    /**
     * @param context the plugin's settings; never null
     * @return the checked settings; never null
     * @throws IllegalArgumentException naming the first setting that is missing or invalid
     */
    static MailchimpSettings from(PluginContext context) {
        SettingReader read = new SettingReader(context);
        ApiKey apiKey = read.parsed("api-key", null, ApiKey::new);
        URI apiRoot = read.parsed("base-url", "https://" + apiKey.dataCenter() + ".api.mailchimp.com/3.0",
                MailchimpSettings::apiRoot);
        String listId = read.parsed("list-id", null, MailchimpSettings::listId);
        Duration initialBackoff = read.parsed("initial-backoff", "PT1S", MailchimpSettings::positiveDuration);
        Duration maxBackoff = read.parsed("max-backoff", "PT1M", MailchimpSettings::positiveDuration);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("setting " + read.name("max-backoff")
                    + " must not be shorter than " + read.name("initial-backoff"));
        }
        return new MailchimpSettings(apiRoot, apiKey, listId,
                read.number("max-attempts", 5, 1, ATTEMPT_LIMIT),
                read.number("max-connections", CONNECTION_LIMIT, 1, CONNECTION_LIMIT),
                read.flag("double-opt-in", false),
                read.parsed("merge-fields", "", MergeFieldMapping::parse),
                initialBackoff, maxBackoff);
    }

    private static String listId(String text) {
        String listId = text.strip();
        if (!listId.matches("[0-9A-Za-z]+")) {
            throw new IllegalArgumentException("must be letters and digits, as Mailchimp shows the audience id");
        }
        return listId;
    }

    private static URI apiRoot(String url) {
        URI uri = URI.create(url.strip().replaceAll("/+$", ""));
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("must be an absolute http(s) URL such as"
                    + " https://us6.api.mailchimp.com/3.0");
        }
        return uri;
    }

    private static Duration positiveDuration(String text) {
        try {
            Duration duration = Duration.parse(text.strip());
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("must be positive");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 duration such as PT0.5S or PT1M", e);
        }
    }
}
