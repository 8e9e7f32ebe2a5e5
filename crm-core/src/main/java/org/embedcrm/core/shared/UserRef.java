package org.embedcrm.core.shared;

import org.embedcrm.core.error.ValidationException;

/**
 * A user of the host ERP (an assignee, an actor), known to EmbedCRM only by the host's opaque key.
 *
 * @param value the host's user key, 1 to 128 characters; never null
 */
public record UserRef(String value) {

    /** Rejects blank keys and keys over 128 characters. */
    public UserRef {
        if (value == null || value.isBlank() || value.length() > 128) {
            throw ValidationException.of("user", "user.invalid", "a user key has 1 to 128 characters: " + value);
        }
    }

    /**
     * @param value the host's user key
     * @return that user
     */
    public static UserRef of(String value) {
        return new UserRef(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
