package org.embedcrm.io.internal;

import org.embedcrm.core.Crm;
import org.embedcrm.core.preference.DisplayPreferences;
import org.embedcrm.core.preference.Preferences;
import org.embedcrm.core.preference.TimelineVisibility;
import org.embedcrm.io.settings.DisplayPreferencesSetting;
import org.embedcrm.io.settings.SettingsDocument;
import org.embedcrm.io.settings.TimelineVisibilitySetting;

/**
 * Reads, checks and applies the tenant's preferences: the display preferences and the timeline visibility, each
 * replaced as a whole when the document holds it, both in one versioned save.
 */
final class PreferenceSettingsSync {

    private final Crm crm;

    PreferenceSettingsSync(Crm crm) {
        this.crm = crm;
    }

    DisplayPreferencesSetting displayPreferences() {
        return DisplayPreferencesSetting.of(crm.preferences().get().display());
    }

    TimelineVisibilitySetting timelineVisibility() {
        return TimelineVisibilitySetting.of(crm.preferences().get().timeline());
    }

    void check(SettingsDocument doc, SettingsCheck check) {
        if (doc.displayPreferences() != null) {
            check.entry("displayPreferences", doc.displayPreferences()::toPreferences);
        }
        if (doc.timelineVisibility() != null) {
            check.entry("timelineVisibility", doc.timelineVisibility()::toVisibility);
        }
    }

    void apply(SettingsDocument doc) {
        if (doc.displayPreferences() == null && doc.timelineVisibility() == null) {
            return;
        }
        Preferences current = crm.preferences().get();
        DisplayPreferences display = doc.displayPreferences() == null ? current.display()
                : doc.displayPreferences().toPreferences();
        TimelineVisibility timeline = doc.timelineVisibility() == null ? current.timeline()
                : doc.timelineVisibility().toVisibility();
        crm.preferences().replace(current.version(), display, timeline);
    }
}
