package org.embedcrm.core.deal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command: add a reason to the tenant's list of lost reasons.
 *
 * @param name         1 to 100 characters, unique in the tenant regardless of case
 * @param requiresNote whether choosing it asks for a free-text note as well
 */
public record DefineLostReason(@NotBlank @Size(max = LostReason.NAME_MAX) String name, boolean requiresNote) {

    /**
     * @param name the reason's name
     * @return a command for a reason that asks for no note
     */
    public static DefineLostReason named(String name) {
        return new DefineLostReason(name, false);
    }

    /** @return this command for a reason that asks for a free-text note */
    public DefineLostReason withNote() {
        return new DefineLostReason(name, true);
    }
}
