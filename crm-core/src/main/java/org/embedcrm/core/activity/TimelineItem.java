package org.embedcrm.core.activity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.shared.UserRef;

/**
 * One entry of a timeline.
 *
 * @param id         unique within the timeline (the id of the interaction, activity or audit entry, or the host's
 *                   key of its record); never null
 * @param kind       never null
 * @param at         when it happened (an activity: its start or due time); never null
 * @param subject    the record it belongs to (for a company's timeline, possibly one of its contact persons);
 *                   never null
 * @param title      a one-line summary; never null
 * @param detail     more text, or null
 * @param actor      who did it, or null when unknown (host records)
 * @param attributes details by name, e.g. {@code field}, {@code from}, {@code to}, {@code status}; never null
 */
public record TimelineItem(String id, TimelineKind kind, Instant at, RecordRef subject, String title, String detail,
                           UserRef actor, Map<String, String> attributes) {

    /** Rejects missing parts and copies the attributes. */
    public TimelineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(title, "title");
        attributes = Map.copyOf(attributes);
    }

    /** @return who did it, when known */
    public Optional<UserRef> by() {
        return Optional.ofNullable(actor);
    }

    /** @return where this item sits in the timeline's order */
    public TimelineCursor position() {
        return new TimelineCursor(at, id);
    }
}
