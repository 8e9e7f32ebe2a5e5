package org.embedcrm.spi.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One of the host's records as a timeline shows it, e.g. "Invoice 2026-0042 sent, 1,250.00 EUR".
 *
 * @param id         the host's key of the record, unique among this contributor's entries; never null
 * @param subjectId  the contact, lead or deal it belongs to (one of the request's subject ids); never null
 * @param kind       what it is, e.g. {@code invoice}; never null
 * @param at         when it happened; never null
 * @param title      a one-line summary; never null
 * @param detail     more text, or null
 * @param attributes details by name (amount, number, status, a link); never null
 */
public record HostTimelineEntry(String id, UUID subjectId, String kind, Instant at, String title, String detail,
                                Map<String, String> attributes) {

    /** Rejects missing parts and copies the attributes. */
    public HostTimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(title, "title");
        attributes = Map.copyOf(attributes);
    }
}
