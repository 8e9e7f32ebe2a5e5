package org.embedcrm.core.report;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an objective.
 *
 * @param value the identifier; never null
 */
public record ObjectiveId(UUID value) {

    /** Rejects a null value. */
    public ObjectiveId {
        Objects.requireNonNull(value, "objective id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
