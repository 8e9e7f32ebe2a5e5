package org.embedcrm.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.embedcrm.spi.timeline.HostTimelineEntry;
import org.embedcrm.spi.timeline.HostTimelineRequest;
import org.embedcrm.spi.timeline.TimelineContributor;

/**
 * A host's timeline records in memory (orders, invoices, ...), answering each request as the SPI asks: the
 * entries of the requested subjects in the window, newest first, at most the limit. Keeps every request, so a test
 * can check the core asked for bounded windows.
 */
public final class StubTimelineContributor implements TimelineContributor {

    private final List<HostTimelineEntry> entries = new CopyOnWriteArrayList<>();
    private final List<HostTimelineRequest> requests = new CopyOnWriteArrayList<>();

    /** @param entry a host record to show; never null */
    public void add(HostTimelineEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<HostTimelineEntry> entries(HostTimelineRequest request) {
        requests.add(request);
        List<HostTimelineEntry> answer = new ArrayList<>(entries.stream()
                .filter(e -> request.subjectIds().contains(e.subjectId()))
                .filter(e -> !e.at().isBefore(request.from()) && e.at().isBefore(request.to()))
                .toList());
        answer.sort(Comparator.comparing(HostTimelineEntry::at).reversed());
        return answer.subList(0, Math.min(request.limit(), answer.size()));
    }

    /** @return every request received so far, oldest first */
    public List<HostTimelineRequest> requests() {
        return List.copyOf(requests);
    }

    /** Forgets every entry and request. */
    public void clear() {
        entries.clear();
        requests.clear();
    }
}
