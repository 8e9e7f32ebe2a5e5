package org.embedcrm.core.deal;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a lost reason.
 *
 * @param value the identifier; never null
 */
public record LostReasonId(UUID value) {

    /** Rejects a null value. */
    public LostReasonId {
        Objects.requireNonNull(value, "lost reason id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static LostReasonId of(String text) {
        return new LostReasonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
