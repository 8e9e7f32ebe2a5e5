package org.embedcrm.core.party;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one relationship between two contacts.
 *
 * @param value the identifier; never null
 */
public record RelationshipId(UUID value) {

    /** Rejects a null value. */
    public RelationshipId {
        Objects.requireNonNull(value, "relationship id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static RelationshipId of(String text) {
        return new RelationshipId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
