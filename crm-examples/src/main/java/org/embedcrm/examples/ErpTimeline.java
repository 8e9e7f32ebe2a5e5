package org.embedcrm.examples;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.embedcrm.spi.timeline.HostTimelineEntry;
import org.embedcrm.spi.timeline.HostTimelineRequest;
import org.embedcrm.spi.timeline.TimelineContributor;

/**
 * The quickstart's stand-in for an ERP's documents (orders, invoices) in EmbedCRM timelines. A real host answers
 * {@link #entries} with one bounded query on its own tables; this one keeps the documents of one tenant in a list.
 * Thread-safe.
 */
final class ErpTimeline implements TimelineContributor {

    private static final Comparator<HostTimelineEntry> NEWEST_FIRST = Comparator
            .comparing(HostTimelineEntry::at).thenComparing(HostTimelineEntry::id).reversed();

    private final String tenant;
    private final List<HostTimelineEntry> documents = new CopyOnWriteArrayList<>();

    /** @param tenant the host's key of the one tenant whose documents this holds; never null */
    ErpTimeline(String tenant) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /** @param document a document of the tenant, for the contact, lead or deal it names; never null */
    void add(HostTimelineEntry document) {
        documents.add(Objects.requireNonNull(document, "document"));
    }

    @Override
    public List<HostTimelineEntry> entries(HostTimelineRequest request) {
        if (!request.tenant().equals(tenant)) {
            return List.of();
        }
        return documents.stream()
                .filter(d -> request.subjectIds().contains(d.subjectId()))
                .filter(d -> !d.at().isBefore(request.from()) && d.at().isBefore(request.to()))
                .sorted(NEWEST_FIRST)
                .limit(request.limit())
                .toList();
    }
}
