package org.embedcrm.testkit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.embedcrm.spi.merge.MergeParticipant;
import org.embedcrm.spi.party.LinkedRecords;

/**
 * A host's records per contact in memory (e.g. invoices), moved when contacts merge; records every merge call.
 */
public final class RecordingMergeParticipant implements MergeParticipant {

    private final Map<UUID, Long> invoices = new ConcurrentHashMap<>();
    private final List<String> merges = new CopyOnWriteArrayList<>();

    /**
     * @param contact a contact
     * @param count   how many host invoices point at it
     */
    public void invoices(UUID contact, long count) {
        invoices.put(contact, count);
    }

    /**
     * @param contact a contact
     * @return how many host invoices point at it
     */
    public long invoicesOf(UUID contact) {
        return invoices.getOrDefault(contact, 0L);
    }

    @Override
    public List<LinkedRecords> preview(String tenant, UUID source, UUID target) {
        long count = invoicesOf(source);
        return count == 0 ? List.of() : List.of(new LinkedRecords("invoice", count));
    }

    @Override
    public void merge(String tenant, UUID source, UUID target) {
        merges.add(source + " -> " + target);
        invoices.merge(target, invoices.getOrDefault(source, 0L), Long::sum);
        invoices.remove(source);
    }

    /** @return every merge call, as {@code source -> target}, oldest first */
    public List<String> merges() {
        return List.copyOf(merges);
    }
}
