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

    /** @param answer a store's rows after the cursor, in timeline order, at most {@code fetched} */
    void add(List<TimelineItem> answer) {
        items.addAll(answer);
        if (answer.size() >= fetched) {
            limitTo(answer.get(answer.size() - 1).position());
        }
    }

    /**
     * Adds a host's answer, which is ordered by time only: when it was cut off at the limit, the items of its
     * oldest instant may be incomplete, so only the items of later instants count as complete (unless that makes no
     * progress past the cursor, which happens only when a host holds more entries at one instant than it may be
     * asked for at once).
     *
     * @param answer    the host's items after the cursor, in timeline order
     * @param truncated whether the host returned as many entries as asked for
     * @param after     the round's cursor, or null
     */
    void addHost(List<TimelineItem> answer, boolean truncated, TimelineCursor after) {
        items.addAll(answer);
        if (truncated && !answer.isEmpty()) {
            TimelineItem last = answer.get(answer.size() - 1);
            TimelineCursor beforeLastInstant = new TimelineCursor(last.at(), "\uffff");
            limitTo(after == null || after.precedes(beforeLastInstant) ? beforeLastInstant : last.position());
        }
    }

    private void limitTo(TimelineCursor last) {
        if (boundary == null || last.precedes(boundary)) {
            boundary = last;
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
