package org.embedcrm.core.activity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an interaction logged against a contact.
 *
 * @param value the identifier; never null
 */
public record InteractionId(UUID value) {

    /** Rejects a null value. */
    public InteractionId {
        Objects.requireNonNull(value, "interaction id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static InteractionId of(String text) {
        return new InteractionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
