package org.embedcrm.core.party;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a contact: a person or a company.
 *
 * @param value the identifier; never null
 */
public record ContactId(UUID value) {

    /** Rejects a null value. */
    public ContactId {
        Objects.requireNonNull(value, "contact id");
    }

    /**
     * @param text a UUID in its canonical text form
     * @return that identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static ContactId of(String text) {
        return new ContactId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
