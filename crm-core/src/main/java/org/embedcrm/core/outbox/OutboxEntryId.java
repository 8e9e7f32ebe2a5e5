package org.embedcrm.core.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an outbox entry.
 *
 * @param value the identifier; never null
 */
public record OutboxEntryId(UUID value) {

    /** Rejects a null value. */
    public OutboxEntryId {
        Objects.requireNonNull(value, "outbox entry id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
