package org.embedcrm.spi.timeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a timeline asks a {@link TimelineContributor} for.
 *
 * @param tenant      the host's tenant key; never null
 * @param subjectKind {@code contact}, {@code lead} or {@code deal}; never null
 * @param subjectIds  the records whose entries are wanted (a company and, when asked, its contact persons); never
 *                    null, not empty
 * @param from        the window's start, inclusive; never null
 * @param to          the window's end, exclusive; never null
 * @param limit       the most entries wanted, at least 1
 */
public record HostTimelineRequest(String tenant, String subjectKind, Set<UUID> subjectIds, Instant from, Instant to,
                                  int limit) {

    /** Rejects missing parts and copies the ids. */
    public HostTimelineRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(subjectKind, "subjectKind");
        subjectIds = Set.copyOf(subjectIds);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }
}
