package org.embedcrm.spi.party;

import java.util.Objects;

/**
 * How many records of one kind a host holds for a contact, e.g. 3 invoices.
 *
 * @param kind  what they are, in the host's words (e.g. {@code invoice}); never blank
 * @param count how many, at least 1
 */
public record LinkedRecords(String kind, long count) {

    /** Rejects a blank kind and a count below 1. */
    public LinkedRecords {
        if (Objects.requireNonNull(kind, "kind").isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
    }
}
