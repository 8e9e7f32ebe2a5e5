package org.embedcrm.io.settings;

/**
 * A contact status (a column of the contact board) of the settings document; the list's order is the board's.
 *
 * @param name  1 to 60 characters, unique regardless of case
 * @param color {@code #RRGGBB}, or null
 */
public record ContactStatusSetting(String name, String color) {
}
