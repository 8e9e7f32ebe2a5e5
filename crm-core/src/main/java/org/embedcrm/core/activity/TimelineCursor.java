package org.embedcrm.core.activity;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a timeline, which runs newest first and, among items of the same instant, by descending id. A page
 * asked for "after" a cursor holds the items that come after that position in this order.
 *
 * @param at the instant of the last item seen; never null
 * @param id the id of the last item seen; never null
 */
public record TimelineCursor(Instant at, String id) {

    /** The timeline's order: newest first, then by descending id. */
    public static final Comparator<TimelineCursor> ORDER = Comparator.comparing(TimelineCursor::at)
            .thenComparing(TimelineCursor::id).reversed();

    /** Rejects null parts. */
    public TimelineCursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    /**
     * @param position another position; never null
     * @return whether that position comes after this cursor in the timeline's order
     */
    public boolean precedes(TimelineCursor position) {
        return ORDER.compare(this, position) < 0;
    }
}
