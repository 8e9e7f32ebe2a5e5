package org.embedcrm.io.settings;

/**
 * A relationship type of the settings document.
 *
 * @param name         the label seen from the source, 1 to 60 characters, unique regardless of case
 * @param inverseLabel the label seen from the target, or null when it reads the same both ways
 */
public record RelationshipTypeSetting(String name, String inverseLabel) {
}
