package org.embedcrm.core.shared;

import java.util.Locale;
import org.embedcrm.core.error.ValidationException;

/** The rules every display name follows: trimmed, not blank, bounded, and compared without regard to case. */
public final class Names {

    private Names() {
    }

    /**
     * @param field     the field the name is for, used in the error
     * @param name      the name as entered; may be null
     * @param maxLength longest accepted length after trimming
     * @return the trimmed name
     * @throws ValidationException when the name is null, blank or too long
     */
    public static String require(String field, String name, int maxLength) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw ValidationException.of(field, field + ".required", field + " is required");
        }
        if (trimmed.length() > maxLength) {
            throw ValidationException.of(field, field + ".too-long", field + " has at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /**
     * @param name a name; never null
     * @return the key two names are compared by: trimmed and lower-cased, so "Won" and " won" are the same name
     */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
