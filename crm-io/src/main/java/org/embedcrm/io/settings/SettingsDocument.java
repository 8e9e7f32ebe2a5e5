package org.embedcrm.io.settings;

import java.util.List;

/**
 * Every setting of a tenant, as one versioned document. A list left out (null) is left as it is by an import; an
 * empty list removes every entry the core lets go (see {@link SettingsTransfer}).
 *
 * <p>Version 2 added the activity categories, version 3 the display preferences and the timeline visibility; an
 * older document is read as the current version without what it lacked, so an import leaves those as they are.
 *
 * @param format             always {@value #FORMAT}
 * @param version            the document's version: {@value #VERSION} when written by this library
 * @param leadStatuses       in display order, or null
 * @param leadSources        or null
 * @param lostReasons        or null
 * @param pipelines          in display order, with their stages, or null
 * @param contactStatuses    in board order, or null
 * @param relationshipTypes  or null
 * @param customerGroups     or null
 * @param tags               or null
 * @param activityCategories or null
 * @param displayPreferences or null
 * @param timelineVisibility or null
 */
public record SettingsDocument(String format, int version, List<LeadStatusSetting> leadStatuses,
                               List<LeadSourceSetting> leadSources, List<LostReasonSetting> lostReasons,
                               List<PipelineSetting> pipelines, List<ContactStatusSetting> contactStatuses,
                               List<RelationshipTypeSetting> relationshipTypes,
                               List<CustomerGroupSetting> customerGroups, List<TagSetting> tags,
                               List<ActivityCategorySetting> activityCategories,
                               DisplayPreferencesSetting displayPreferences,
                               TimelineVisibilitySetting timelineVisibility) {

    /** The value of {@link #format()}. */
    public static final String FORMAT = "embedcrm-settings";
    /** The version this library writes; it reads this one and every earlier one. */
    public static final int VERSION = 3;
    /** The oldest version this library reads: version 1, which had no activity categories. */
    public static final int OLDEST_VERSION = 1;

    /** Copies the lists that are present. */
    public SettingsDocument {
        leadStatuses = copy(leadStatuses);
        leadSources = copy(leadSources);
        lostReasons = copy(lostReasons);
        pipelines = copy(pipelines);
        contactStatuses = copy(contactStatuses);
        relationshipTypes = copy(relationshipTypes);
        customerGroups = copy(customerGroups);
        tags = copy(tags);
        activityCategories = copy(activityCategories);
    }

    /**
     * @param leadStatuses       never null
     * @param leadSources        never null
     * @param lostReasons        never null
     * @param pipelines          never null
     * @param contactStatuses    never null
     * @param relationshipTypes  never null
     * @param customerGroups     never null
     * @param tags               never null
     * @param activityCategories never null
     * @param displayPreferences never null
     * @param timelineVisibility never null
     * @return a document of the current format and version holding every setting
     */
    public static SettingsDocument of(List<LeadStatusSetting> leadStatuses, List<LeadSourceSetting> leadSources,
                                      List<LostReasonSetting> lostReasons, List<PipelineSetting> pipelines,
                                      List<ContactStatusSetting> contactStatuses,
                                      List<RelationshipTypeSetting> relationshipTypes,
                                      List<CustomerGroupSetting> customerGroups, List<TagSetting> tags,
                                      List<ActivityCategorySetting> activityCategories,
                                      DisplayPreferencesSetting displayPreferences,
                                      TimelineVisibilitySetting timelineVisibility) {
        return new SettingsDocument(FORMAT, VERSION, leadStatuses, leadSources, lostReasons, pipelines,
                contactStatuses, relationshipTypes, customerGroups, tags, activityCategories, displayPreferences,
                timelineVisibility);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
