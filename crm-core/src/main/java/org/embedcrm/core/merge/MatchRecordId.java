package org.embedcrm.core.merge;

import java.util.UUID;
import org.embedcrm.core.error.ValidationException;

/**
 * Identifies a record compared for duplicates: a contact's or lead's id, or a row number of an import, in text form.
 *
 * @param value the identifier, 1 to 200 characters; never null
 */
public record MatchRecordId(String value) implements Comparable<MatchRecordId> {

    private static final int MAX_LENGTH = 200;

    /** Rejects a blank identifier or one over 200 characters. */
    public MatchRecordId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw ValidationException.of("id", "match.id.invalid",
                    "a record id has 1 to " + MAX_LENGTH + " characters: " + value);
        }
    }

    /**
     * @param value the identifier as text; may be null, which is refused
     * @return that identifier
     */
    public static MatchRecordId of(String value) {
        return new MatchRecordId(value);
    }

    /**
     * @param value a UUID, such as a contact's id; never null
     * @return the identifier holding its canonical text form
     */
    public static MatchRecordId of(UUID value) {
        return new MatchRecordId(value.toString());
    }

    @Override
    public int compareTo(MatchRecordId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
