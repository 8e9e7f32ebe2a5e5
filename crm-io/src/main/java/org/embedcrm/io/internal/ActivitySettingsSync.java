package org.embedcrm.io.internal;

import static org.embedcrm.io.internal.SettingsLists.byKey;

import java.util.List;
import java.util.Map;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.ActivityCategory;
import org.embedcrm.core.activity.ActivityCategoryId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.io.settings.ActivityCategorySetting;
import org.embedcrm.io.settings.SettingsDocument;

/**
 * Reads, checks and applies the activity categories, matched by name regardless of case. The core never deletes a
 * category (activities keep theirs) nor renames one: those the document lacks are deactivated, and a name differing
 * only in case keeps the tenant's spelling.
 */
final class ActivitySettingsSync {

    private final Crm crm;

    ActivitySettingsSync(Crm crm) {
        this.crm = crm;
    }

    List<ActivityCategorySetting> activityCategories() {
        return crm.activityCategories().all().stream()
                .map(c -> new ActivityCategorySetting(c.name(), c.active())).toList();
    }

    void check(SettingsDocument doc, SettingsCheck check) {
        List<ActivityCategorySetting> categories = doc.activityCategories();
        if (categories == null) {
            return;
        }
        for (int i = 0; i < categories.size(); i++) {
            ActivityCategorySetting c = categories.get(i);
            check.entry("activityCategories[" + i + "]", () -> new ActivityCategory(
                    new ActivityCategoryId(SettingsCheck.ID), SettingsCheck.TENANT, 0, c.name(), c.active()));
        }
        check.unique("activityCategories", "name", categories, ActivityCategorySetting::name);
    }

    void apply(SettingsDocument doc) {
        if (doc.activityCategories() == null) {
            return;
        }
        Map<String, ActivityCategory> current = byKey(crm.activityCategories().all(), ActivityCategory::name);
        for (ActivityCategorySetting c : doc.activityCategories()) {
            ActivityCategory stored = current.remove(Names.key(c.name()));
            ActivityCategory category = stored != null ? stored : crm.activityCategories().define(c.name());
            crm.activityCategories().setActive(category.id(), c.active());
        }
        current.values().forEach(c -> crm.activityCategories().setActive(c.id(), false));
    }
}
