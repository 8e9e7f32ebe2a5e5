package org.embedcrm.io.settings;

/**
 * A lead source of the settings document.
 *
 * @param name   1 to 60 characters, unique regardless of case
 * @param active whether new leads can name it
 */
public record LeadSourceSetting(String name, boolean active) {
}
