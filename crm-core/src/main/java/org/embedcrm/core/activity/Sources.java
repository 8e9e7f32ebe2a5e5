package org.embedcrm.core.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The answers of a timeline's sources in one round of reading, merged in timeline order. */
final class Sources {

    private final int fetched;
    private final List<TimelineItem> items = new ArrayList<>();
    private TimelineCursor boundary;

    Sources(int fetched) {
        this.fetched = fetched;
    }

    /** @param answer one source's rows after the cursor, in timeline order, at most {@code fetched} */
    void add(List<TimelineItem> answer) {
        items.addAll(answer);
        if (answer.size() >= fetched) {
            TimelineCursor last = answer.get(answer.size() - 1).position();
            if (boundary == null || last.precedes(boundary)) {
                boundary = last;
            }
        }
    }

    /** @return the earliest position up to which every source answered completely, or null when all did */
    TimelineCursor boundary() {
        return boundary;
    }

    /**
     * @param kinds the kinds the query keeps
     * @param after the round's cursor, or null
     * @return the items of those kinds up to the boundary, in timeline order, and the boundary
     */
    Round round(Set<TimelineKind> kinds, TimelineCursor after) {
        TimelineCursor limit = boundary != null && (after == null || after.precedes(boundary)) ? boundary : null;
        List<TimelineItem> inOrder = items.stream()
                .filter(item -> kinds.contains(item.kind()))
                .filter(item -> limit == null || !limit.precedes(item.position()))
                .sorted(Comparator.comparing(TimelineItem::position, TimelineCursor.ORDER))
                .toList();
        return new Round(inOrder, limit);
    }
}
