package org.embedcrm.core.activity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies the group of audit entries written by one change.
 *
 * @param value the identifier; never null
 */
public record ChangeSetId(UUID value) {

    /** Rejects a null value. */
    public ChangeSetId {
        Objects.requireNonNull(value, "change set id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static ChangeSetId of(String text) {
        return new ChangeSetId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
