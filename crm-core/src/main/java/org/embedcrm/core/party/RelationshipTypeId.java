package org.embedcrm.core.party;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a kind of relationship between contacts, e.g. Partner.
 *
 * @param value the identifier; never null
 */
public record RelationshipTypeId(UUID value) {

    /** Rejects a null value. */
    public RelationshipTypeId {
        Objects.requireNonNull(value, "relationship type id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static RelationshipTypeId of(String text) {
        return new RelationshipTypeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
