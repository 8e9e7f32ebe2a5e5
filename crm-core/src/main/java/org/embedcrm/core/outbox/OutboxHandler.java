package org.embedcrm.core.outbox;

import java.util.Map;
import org.embedcrm.core.shared.TenantId;

/**
 * Delivers the outbox entries of one topic to the outside world. Throwing means "try again later".
 */
public interface OutboxHandler {

    /** @return the topic of the entries it delivers; never null */
    String topic();

    /**
     * @param tenant         the entry's tenant; never null
     * @param idempotencyKey the same on every attempt of one entry; never null
     * @param payload        the entry's payload; never null
     * @throws UndeliverableException when the receiver refused it for good; it is not retried
     * @throws RuntimeException       when delivery failed and should be retried
     */
    void deliver(TenantId tenant, String idempotencyKey, Map<String, String> payload);

    /**
     * @return whether the node that wrote an entry tries to deliver it right after commit, on the committing
     *         thread (true for quick local calls such as notifications); when false, only
     *         {@link OutboxService#deliverDue} delivers it, so slow remote calls never hold up the caller
     */
    default boolean deliverRightAfterCommit() {
        return true;
    }
}
