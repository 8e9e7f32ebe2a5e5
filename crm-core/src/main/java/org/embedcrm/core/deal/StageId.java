package org.embedcrm.core.deal;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a stage of a pipeline.
 *
 * @param value the identifier; never null
 */
public record StageId(UUID value) {

    /** Rejects a null value. */
    public StageId {
        Objects.requireNonNull(value, "stage id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static StageId of(String text) {
        return new StageId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
