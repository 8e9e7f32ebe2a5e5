package org.embedcrm.core.preference;

import java.util.Objects;
import org.embedcrm.core.shared.TenantId;

/**
 * A tenant's preferences: its display preferences and timeline visibility, versioned as one record so that two
 * administrators changing them at once never lose each other's change.
 *
 * @param tenant   the tenant they belong to; never null
 * @param version  0 while the tenant never saved any (then they are the defaults), one more after each save
 * @param display  the display preferences; never null
 * @param timeline the timeline visibility; never null
 */
public record Preferences(TenantId tenant, long version, DisplayPreferences display, TimelineVisibility timeline) {

    /** Rejects missing parts and a negative version. */
    public Preferences {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(timeline, "timeline");
        if (version < 0) {
            throw new IllegalArgumentException("a version is 0 or more: " + version);
        }
    }

    /**
     * @param tenant the tenant; never null
     * @return the preferences a fresh tenant gets, of version 0
     */
    public static Preferences defaults(TenantId tenant) {
        return new Preferences(tenant, 0, DisplayPreferences.defaults(), TimelineVisibility.defaults());
    }

    /**
     * @param value the display preferences; never null
     * @return these preferences with them, of the same version
     */
    public Preferences withDisplay(DisplayPreferences value) {
        return new Preferences(tenant, version, value, timeline);
    }

    /**
     * @param value the timeline visibility; never null
     * @return these preferences with it, of the same version
     */
    public Preferences withTimeline(TimelineVisibility value) {
        return new Preferences(tenant, version, display, value);
    }
}
