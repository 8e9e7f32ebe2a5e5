package org.embedcrm.core.activity;

import java.util.List;
import java.util.Optional;

/**
 * One page of a timeline, newest first.
 *
 * @param items the items; never null
 * @param next  where the next page starts, or null when this is the last page
 */
public record TimelinePage(List<TimelineItem> items, TimelineCursor next) {

    /** Copies the items. */
    public TimelinePage {
        items = List.copyOf(items);
    }

    /** @return the cursor of the next page, unless this is the last */
    public Optional<TimelineCursor> nextPage() {
        return Optional.ofNullable(next);
    }
}
