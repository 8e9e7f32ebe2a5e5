package org.embedcrm.io.settings;

/**
 * A tag of the settings document.
 *
 * @param name  1 to 60 characters, unique regardless of case
 * @param color {@code #RRGGBB}, or null
 */
public record TagSetting(String name, String color) {
}
