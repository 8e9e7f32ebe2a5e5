package org.embedcrm.plugin.peppol.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.embedcrm.plugin.peppol.SmlRule;
import org.embedcrm.plugin.peppol.SmlZone;
import org.embedcrm.spi.einvoicing.RegistrationSource;
import org.embedcrm.spi.plugin.PluginContext;

/**
 * The PEPPOL plugin's settings, read and checked from a {@link PluginContext}; see {@code PeppolPluginFactory} for
 * their meaning and defaults.
 *
 * @param mode         where to look participants up; never null
 * @param smlZone      the SML zone; never null
 * @param smlRule      the SML naming rule; never null
 * @param smpUrl       the one SMP to ask instead of the SML; empty to use DNS; never null
 * @param directoryUrl the PEPPOL Directory's base URL; never null
 * @param cacheTtl     how long answers are kept; zero for not at all; never null
 * @param timeout      how long to wait for DNS, a connection or a response; never null
 */
public record PeppolSettings(RegistrationSource mode, SmlZone smlZone, SmlRule smlRule, Optional<URI> smpUrl,
                             URI directoryUrl, Duration cacheTtl, Duration timeout) {

    /** The public PEPPOL Directory. */
    public static final URI PUBLIC_DIRECTORY = URI.create("https://directory.peppol.eu");

    /**
     * @param context the plugin's context; never null
     * @return its settings, with defaults for those not set
     * @throws IllegalArgumentException when a setting is invalid; the message names it
     */
    public static PeppolSettings from(PluginContext context) {
        Reader settings = new Reader(context);
        return new PeppolSettings(
                settings.read("mode", "smp", "smp or directory", PeppolSettings::mode),
                settings.read("sml-zone", "production", "production, test or a DNS zone name", SmlZone::of),
                settings.read("sml-rule", "naptr", "naptr or legacy-cname", PeppolSettings::rule),
                settings.optional("smp-url", "an absolute http(s) URL", PeppolSettings::httpUrl),
                settings.read("directory-url", PUBLIC_DIRECTORY.toString(), "an absolute http(s) URL",
                        PeppolSettings::httpUrl),
                settings.read("cache-ttl", "PT24H", "an ISO-8601 duration of zero or more, e.g. PT24H",
                        text -> duration(text, false)),
                settings.read("timeout", "PT10S", "a positive ISO-8601 duration, e.g. PT10S",
                        text -> duration(text, true)));
    }

    private static RegistrationSource mode(String text) {
        return RegistrationSource.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private static SmlRule rule(String text) {
        return SmlRule.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static URI httpUrl(String text) {
        try {
            URI url = new URI(text);
            if (!url.isAbsolute() || url.getHost() == null || !url.getScheme().matches("(?i)https?")) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Duration duration(String text, boolean positive) {
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative() || positive && duration.isZero()) {
                throw new IllegalArgumentException("out of range");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Reads one setting at a time, naming it in full ({@code peppol.mode}) when its value is rejected. */
    private static final class Reader {

        private final PluginContext context;

        Reader(PluginContext context) {
            this.context = context;
        }

        <T> T read(String name, String fallback, String expected, Function<String, T> parser) {
            return parse(name, context.setting(name).orElse(fallback), expected, parser);
        }

        <T> Optional<T> optional(String name, String expected, Function<String, T> parser) {
            return context.setting(name).map(value -> parse(name, value, expected, parser));
        }

        private <T> T parse(String name, String value, String expected, Function<String, T> parser) {
            try {
                return parser.apply(value.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("setting " + context.pluginId() + "." + name + " must be "
                        + expected + ", not '" + value + "'", e);
            }
        }
    }
}
