package org.embedcrm.core.activity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an entry of the tenant's list of activity categories.
 *
 * @param value the identifier; never null
 */
public record ActivityCategoryId(UUID value) {

    /** Rejects a null value. */
    public ActivityCategoryId {
        Objects.requireNonNull(value, "activity category id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static ActivityCategoryId of(String text) {
        return new ActivityCategoryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
