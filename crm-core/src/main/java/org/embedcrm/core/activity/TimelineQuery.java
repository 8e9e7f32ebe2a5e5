package org.embedcrm.core.activity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What timeline to read: the record, which kinds of items, whether a company's contact persons count, and the
 * page. Start from {@link #of(RecordRef)}.
 *
 * @param subject               a contact, lead or deal; never null
 * @param kinds                 the kinds of items to keep, not empty; or null for those the tenant's
 *                              {@linkplain org.embedcrm.core.preference.TimelineVisibility timeline visibility} shows
 *                              for the subject's kind of record
 * @param includeContactPersons for a company, whether its contact persons' items are included
 * @param after                 the cursor of the previous page, or null for the first page
 * @param limit                 items per page, 1 to {@value #MAX_LIMIT}
 */
public record TimelineQuery(RecordRef subject, Set<TimelineKind> kinds, boolean includeContactPersons,
                            TimelineCursor after, int limit) {

    /** Largest page. */
    public static final int MAX_LIMIT = 200;
    /** Page size of {@link #of(RecordRef)}. */
    public static final int DEFAULT_LIMIT = 25;

    /** Rejects a subject that has no timeline, an empty kind set and a page size out of range. */
    public TimelineQuery {
        Objects.requireNonNull(subject, "subject");
        if (subject.kind() == RecordKind.PIPELINE || subject.kind() == RecordKind.STAGE) {
            throw new IllegalArgumentException("contacts, leads and deals have a timeline, not " + subject.kind());
        }
        kinds = kinds == null ? null : kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (kinds != null && kinds.isEmpty()) {
            throw new IllegalArgumentException("a timeline query keeps at least one kind of item");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a timeline page holds 1 to " + MAX_LIMIT + " items: " + limit);
        }
    }

    /**
     * @param subject a contact, lead or deal; never null
     * @return the first page of its timeline, {@value #DEFAULT_LIMIT} items of the kinds the tenant's timeline
     *         visibility shows (every kind, unless the tenant changed it)
     */
    public static TimelineQuery of(RecordRef subject) {
        return new TimelineQuery(subject, null, false, null, DEFAULT_LIMIT);
    }

    /**
     * @param value the kinds to keep, whatever the tenant's timeline visibility; never null, not empty
     * @return this query keeping only those
     */
    public TimelineQuery only(Set<TimelineKind> value) {
        Objects.requireNonNull(value, "kinds");
        return new TimelineQuery(subject, value, includeContactPersons, after, limit);
    }

    /** @return this query including a company's contact persons' items */
    public TimelineQuery withContactPersons() {
        return new TimelineQuery(subject, kinds, true, after, limit);
    }

    /**
     * @param cursor the previous page's {@link TimelinePage#next()}
     * @return this query for the page after it
     */
    public TimelineQuery after(TimelineCursor cursor) {
        return new TimelineQuery(subject, kinds, includeContactPersons, cursor, limit);
    }

    /**
     * @param value items per page
     * @return this query with that page size
     */
    public TimelineQuery limit(int value) {
        return new TimelineQuery(subject, kinds, includeContactPersons, after, value);
    }
}
