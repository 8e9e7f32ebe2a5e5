package org.embedcrm.core.lead;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a lead status.
 *
 * @param value the identifier; never null
 */
public record LeadStatusId(UUID value) {

    /** Rejects a null value. */
    public LeadStatusId {
        Objects.requireNonNull(value, "lead status id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static LeadStatusId of(String text) {
        return new LeadStatusId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
