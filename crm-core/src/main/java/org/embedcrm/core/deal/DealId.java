package org.embedcrm.core.deal;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a deal.
 *
 * @param value the identifier; never null
 */
public record DealId(UUID value) {

    /** Rejects a null value. */
    public DealId {
        Objects.requireNonNull(value, "deal id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static DealId of(String text) {
        return new DealId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
