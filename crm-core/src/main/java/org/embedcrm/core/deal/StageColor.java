package org.embedcrm.core.deal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.embedcrm.core.error.ValidationException;

/**
 * The colour a stage, tag, contact status or lead status is drawn with.
 *
 * @param hex {@code #RRGGBB}, stored upper-case; never null
 */
public record StageColor(String hex) {

    private static final Pattern FORMAT = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** Rejects anything but {@code #RRGGBB}. */
    public StageColor {
        if (hex == null || !FORMAT.matcher(hex).matches()) {
            throw ValidationException.of("color", "color.format", "a colour is written #RRGGBB: " + hex);
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }

    /**
     * @param hex {@code #RRGGBB}, or null
     * @return that colour, or null when {@code hex} is null
     */
    public static StageColor ofNullable(String hex) {
        return hex == null ? null : new StageColor(hex);
    }
}
