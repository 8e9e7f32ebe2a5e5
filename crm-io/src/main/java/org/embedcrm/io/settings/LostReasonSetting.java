package org.embedcrm.io.settings;

/**
 * A lost reason of the settings document.
 *
 * @param name         1 to 100 characters, unique regardless of case
 * @param active       whether it can still be chosen
 * @param requiresNote whether choosing it asks for a note
 */
public record LostReasonSetting(String name, boolean active, boolean requiresNote) {
}
