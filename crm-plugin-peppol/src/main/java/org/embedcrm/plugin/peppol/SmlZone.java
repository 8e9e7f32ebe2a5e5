package org.embedcrm.plugin.peppol;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The DNS zone of a PEPPOL SML (Service Metadata Locator), under which every registered participant has a name that
 * points to its SMP, e.g. {@code participant.sml.prod.tech.peppol.org}.
 *
 * @param name the zone, lower case, without a trailing dot; never null, a valid DNS name
 */
public record SmlZone(String name) {

    /** Declared before the constants below, which it checks. */
    private static final Pattern DNS_NAME =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    /** The Peppol production SML zone, valid from 19 March 2026. */
    public static final SmlZone PRODUCTION = new SmlZone("participant.sml.prod.tech.peppol.org");

    /** The Peppol test SML zone, valid from 19 March 2026. */
    public static final SmlZone TEST = new SmlZone("participant.sml.test.tech.peppol.org");

    /** Rejects a name that is not a lower-case DNS name of at least two labels without a trailing dot. */
    public SmlZone {
        if (!DNS_NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("not a DNS zone name such as participant.sml.prod.tech.peppol.org: '"
                    + name + "'");
        }
    }

    /**
     * @param text {@code production}, {@code test} or a DNS zone name in any case, with or without a trailing dot;
     *             never null
     * @return that zone
     * @throws IllegalArgumentException when the text is neither a known zone nor a DNS name
     */
    public static SmlZone of(String text) {
        String zone = Objects.requireNonNull(text, "text").trim().toLowerCase(Locale.ROOT);
        switch (zone) {
            case "production":
                return PRODUCTION;
            case "test":
                return TEST;
            default:
                return new SmlZone(zone.endsWith(".") ? zone.substring(0, zone.length() - 1) : zone);
        }
    }
}
