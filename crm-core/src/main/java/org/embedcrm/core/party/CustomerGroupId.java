package org.embedcrm.core.party;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a customer group.
 *
 * @param value the identifier; never null
 */
public record CustomerGroupId(UUID value) {

    /** Rejects a null value. */
    public CustomerGroupId {
        Objects.requireNonNull(value, "customer group id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static CustomerGroupId of(String text) {
        return new CustomerGroupId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
