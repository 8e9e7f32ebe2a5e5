package org.embedcrm.spi.timeline;

import java.util.List;

/**
 * Adds the host's records (orders, invoices, payments, ...) to EmbedCRM timelines. Register one on
 * {@code Crm.builder().timelineContributor(...)} or through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.embedcrm.spi.timeline.TimelineContributor}).
 *
 * <p>Called while a timeline page is read, on the caller's thread, inside its transaction; implementations must be
 * thread-safe and answer with one bounded query: the core asks for a time window and a limit, and merges the
 * answer with its own items, so a timeline never loads a subject's whole history.
 */
@FunctionalInterface
public interface TimelineContributor {

    /**
     * @param request the subject, the time window and the most entries wanted; never null
     * @return the host's entries for those subjects in that window, newest first, at most {@code request.limit()};
     *         never null
     */
    List<HostTimelineEntry> entries(HostTimelineRequest request);
}
