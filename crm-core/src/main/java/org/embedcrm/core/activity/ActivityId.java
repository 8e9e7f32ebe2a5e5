package org.embedcrm.core.activity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an activity: a call, meeting, task or other commercial action.
 *
 * @param value the identifier; never null
 */
public record ActivityId(UUID value) {

    /** Rejects a null value. */
    public ActivityId {
        Objects.requireNonNull(value, "activity id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static ActivityId of(String text) {
        return new ActivityId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
