package org.embedcrm.core.preference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;

/**
 * Which kinds of items the timeline of a contact, a lead and a deal shows when a query does not name the kinds it
 * wants: {@code TimelineService} reads a {@link org.embedcrm.core.activity.TimelineQuery} without kinds this way.
 * Start from {@link #defaults()}, where every timeline shows everything.
 *
 * @param shown for each of contact, lead and deal, the kinds shown: at least one each; never null
 */
public record TimelineVisibility(Map<RecordKind, Set<TimelineKind>> shown) {

    /** The records that have a timeline. */
    public static final Set<RecordKind> WITH_TIMELINE = Collections.unmodifiableSet(
            EnumSet.of(RecordKind.CONTACT, RecordKind.LEAD, RecordKind.DEAL));
    /** The code of a record kind whose kinds are missing, or hold null. */
    public static final String REQUIRED = "timeline-visibility.required";
    /** The code of a record kind whose timeline would show nothing. */
    public static final String EMPTY = "timeline-visibility.empty";
    /** The code of a record kind that has no timeline (a pipeline or stage). */
    public static final String NO_TIMELINE = "timeline-visibility.no-timeline";

    /**
     * Rejects, all at once and each under the record kind's lower-case name, a record kind without a timeline, a
     * missing one and one that shows nothing.
     */
    public TimelineVisibility {
        Map<RecordKind, Set<TimelineKind>> given = shown == null ? Map.of() : shown;
        List<Violation> violations = new ArrayList<>();
        Map<RecordKind, Set<TimelineKind>> copy = new EnumMap<>(RecordKind.class);
        given.keySet().stream().filter(kind -> !WITH_TIMELINE.contains(kind)).sorted().forEach(kind ->
                violations.add(new Violation(field(kind), NO_TIMELINE, "a " + field(kind) + " has no timeline")));
        for (RecordKind kind : WITH_TIMELINE) {
            Set<TimelineKind> kinds = given.get(kind);
            if (kinds == null || kinds.stream().anyMatch(Objects::isNull)) {
                violations.add(new Violation(field(kind), REQUIRED,
                        "say which kinds of items a " + field(kind) + "'s timeline shows, none of them null"));
            } else if (kinds.isEmpty()) {
                violations.add(new Violation(field(kind), EMPTY,
                        "a " + field(kind) + "'s timeline shows at least one kind of item"));
            } else {
                copy.put(kind, Collections.unmodifiableSet(EnumSet.copyOf(kinds)));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        shown = Collections.unmodifiableMap(copy);
    }

    /** @return what a fresh tenant gets: every timeline shows every kind of item */
    public static TimelineVisibility defaults() {
        Map<RecordKind, Set<TimelineKind>> all = new EnumMap<>(RecordKind.class);
        WITH_TIMELINE.forEach(kind -> all.put(kind, EnumSet.allOf(TimelineKind.class)));
        return new TimelineVisibility(all);
    }

    /**
     * @param record a contact, lead or deal; never null
     * @return the kinds its timeline shows by default; never empty
     * @throws IllegalArgumentException for a pipeline or stage, which have no timeline
     */
    public Set<TimelineKind> of(RecordKind record) {
        Set<TimelineKind> kinds = shown.get(Objects.requireNonNull(record, "record"));
        if (kinds == null) {
            throw new IllegalArgumentException("a " + field(record) + " has no timeline");
        }
        return kinds;
    }

    /**
     * @param record a contact, lead or deal; never null
     * @param kinds  the kinds its timeline shows from now on; never null, not empty
     * @return this visibility with that change
     * @throws ValidationException {@value #NO_TIMELINE}, {@value #EMPTY} or {@value #REQUIRED}
     */
    public TimelineVisibility with(RecordKind record, Set<TimelineKind> kinds) {
        Map<RecordKind, Set<TimelineKind>> changed = new EnumMap<>(shown);
        changed.put(Objects.requireNonNull(record, "record"), kinds);
        return new TimelineVisibility(changed);
    }

    private static String field(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
