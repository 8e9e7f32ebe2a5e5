package org.embedcrm.core.lead;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a lead.
 *
 * @param value the identifier; never null
 */
public record LeadId(UUID value) {

    /** Rejects a null value. */
    public LeadId {
        Objects.requireNonNull(value, "lead id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static LeadId of(String text) {
        return new LeadId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
