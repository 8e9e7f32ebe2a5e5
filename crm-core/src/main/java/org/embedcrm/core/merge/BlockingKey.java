package org.embedcrm.core.merge;

import org.embedcrm.core.error.ValidationException;

/**
 * A key that groups records worth comparing, such as a normalised e-mail address or the phonetic code of a last name
 * with a first initial. Only records sharing at least one key are ever compared. Keys are computed by
 * {@link DuplicateFinder#blockingKeys(MatchRecord)}; a store may keep them to fetch candidates by key.
 *
 * @param value the key, prefixed by its kind, such as {@code email:anna@acme.be}; never null nor blank
 */
public record BlockingKey(String value) implements Comparable<BlockingKey> {

    /** Rejects a blank key. */
    public BlockingKey {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("key", "match.key.invalid", "a blocking key is not blank");
        }
    }

    /**
     * @param value the key; may be null, which is refused
     * @return that key
     */
    public static BlockingKey of(String value) {
        return new BlockingKey(value);
    }

    @Override
    public int compareTo(BlockingKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
