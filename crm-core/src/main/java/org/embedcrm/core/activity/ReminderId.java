package org.embedcrm.core.activity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one reminder of an activity.
 *
 * @param value the identifier; never null
 */
public record ReminderId(UUID value) {

    /** Rejects a null value. */
    public ReminderId {
        Objects.requireNonNull(value, "reminder id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static ReminderId of(String text) {
        return new ReminderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
