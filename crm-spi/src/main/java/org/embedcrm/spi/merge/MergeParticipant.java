package org.embedcrm.spi.merge;

import java.util.List;
import java.util.UUID;
import org.embedcrm.spi.party.LinkedRecords;

/**
 * Moves the host's records (invoices, orders, contracts, ...) from a contact merged away to the contact kept.
 * Offered through a {@link org.embedcrm.spi.plugin.PluginFactory PluginFactory&lt;MergeParticipant&gt;} or
 * registered on {@code Crm.builder().mergeParticipant(...)}.
 *
 * <p>Both methods are called on the caller's thread; {@link #merge} inside the merge's transaction, so a host
 * store joined to it (hosted mode) commits or rolls back with the merge; one set-based update per kind of record
 * is expected. Implementations are thread-safe.
 */
public interface MergeParticipant {

    /**
     * @param tenant the host's tenant key; never null
     * @param source the contact to be merged away; never null
     * @param target the contact to be kept; never null
     * @return the kinds of host records that would move, each with its count; empty when none; never null
     */
    List<LinkedRecords> preview(String tenant, UUID source, UUID target);

    /**
     * @param tenant the host's tenant key; never null
     * @param source the contact merged away; never null
     * @param target the contact kept; never null
     * @throws RuntimeException to abort the whole merge; nothing of it is kept
     */
    void merge(String tenant, UUID source, UUID target);
}
