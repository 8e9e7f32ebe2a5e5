package org.embedcrm.core.deal;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a pipeline.
 *
 * @param value the identifier; never null
 */
public record PipelineId(UUID value) {

    /** Rejects a null value. */
    public PipelineId {
        Objects.requireNonNull(value, "pipeline id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static PipelineId of(String text) {
        return new PipelineId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
