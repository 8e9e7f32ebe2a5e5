package org.embedcrm.io.settings;

/**
 * An activity category of the settings document ("Product demo", "Contract renewal"): what an activity is about,
 * which the issue tracker calls an event category.
 *
 * @param name   1 to 100 characters, unique regardless of case
 * @param active whether new activities can be put in it
 */
public record ActivityCategorySetting(String name, boolean active) {
}
