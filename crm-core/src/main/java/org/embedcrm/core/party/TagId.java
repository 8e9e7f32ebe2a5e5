package org.embedcrm.core.party;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a tag of the tenant's tag list.
 *
 * @param value the identifier; never null
 */
public record TagId(UUID value) {

    /** Rejects a null value. */
    public TagId {
        Objects.requireNonNull(value, "tag id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static TagId of(String text) {
        return new TagId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
