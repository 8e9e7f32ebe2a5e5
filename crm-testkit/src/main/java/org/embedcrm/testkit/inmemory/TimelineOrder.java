package org.embedcrm.testkit.inmemory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;

/** The timeline's keyset paging over rows in memory: newest first, then by id as text, descending. */
final class TimelineOrder {

    private TimelineOrder() {
    }

    static <R> List<R> page(Stream<R> rows, Function<R, Instant> at, Function<R, Object> id, TimelineCursor after,
                            int limit) {
        Function<R, TimelineCursor> position = r -> new TimelineCursor(at.apply(r), id.apply(r).toString());
        return rows.filter(r -> after == null || after.precedes(position.apply(r)))
                .sorted(Comparator.comparing(position, TimelineCursor.ORDER))
                .limit(limit).toList();
    }

    static boolean linked(Collection<RecordRef> subjects, RecordRef... links) {
        return Stream.of(links).filter(Objects::nonNull).anyMatch(subjects::contains);
    }
}
