package org.embedcrm.core.party;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a contact status (a column of the contact board).
 *
 * @param value the identifier; never null
 */
public record ContactStatusId(UUID value) {

    /** Rejects a null value. */
    public ContactStatusId {
        Objects.requireNonNull(value, "contact status id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static ContactStatusId of(String text) {
        return new ContactStatusId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
