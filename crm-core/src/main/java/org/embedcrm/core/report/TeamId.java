package org.embedcrm.core.report;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a team.
 *
 * @param value the identifier; never null
 */
public record TeamId(UUID value) {

    /** Rejects a null value. */
    public TeamId {
        Objects.requireNonNull(value, " a named set of users:team id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
