package org.embedcrm.core.lead;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a lead source (how leads are acquired).
 *
 * @param value the identifier; never null
 */
public record LeadSourceId(UUID value) {

    /** Rejects a null value. */
    public LeadSourceId {
        Objects.requireNonNull(value, "lead source id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static LeadSourceId of(String text) {
        return new LeadSourceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
