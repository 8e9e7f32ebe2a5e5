package org.embedcrm.core.activity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding logged interactions. Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.InteractionsContract}.
 */
public interface Interactions {

    /**
     * @param interaction a new interaction; never null
     * @return the stored interaction
     * @throws ConflictException {@code interaction.message-id-taken} when an e-mail with the same message id is
     *                           stored in the tenant already
     */
    Interaction add(Interaction interaction);

    /**
     * @param tenant the tenant; never null
     * @param id     the interaction; never null
     * @return it, when it exists in that tenant
     */
    Optional<Interaction> find(TenantId tenant, InteractionId id);

    /**
     * @param tenant    the tenant; never null
     * @param messageId an e-mail's message id; never null
     * @return the e-mail logged with it, if any
     */
    Optional<Interaction> findByMessageId(TenantId tenant, String messageId);

    /**
     * @param tenant   the tenant; never null
     * @param subjects contacts, leads or deals; interactions with any of them as their contact, lead or deal count;
     *                 never null
     * @param after    a position, or null for the newest
     * @param limit    at most this many; at least 1
     * @return the interactions after that position in the timeline's order (by occurred-at, newest first, then
     *         by id as text, descending); never null
     */
    List<Interaction> timeline(TenantId tenant, Collection<RecordRef> subjects, TimelineCursor after, int limit);

    /**
     * @param tenant the tenant; never null
     * @param record a contact, lead or deal; never null
     * @return how many interactions have it as their contact, lead or deal, or (a contact) as a participant
     */
    long count(TenantId tenant, RecordRef record);

    /**
     * Points every interaction of {@code from} (as contact, lead, deal or participant) at {@code to}, set-based (a
     * merge); a participant that would be the interaction's own contact, or listed twice, is dropped.
     *
     * @param tenant the tenant; never null
     * @param from   the record merged away; never null
     * @param to     the record kept, of the same kind; never null
     * @return how many interactions changed
     */
    int reassign(TenantId tenant, RecordRef from, RecordRef to);
}
