package org.embedcrm.spi.scoring;

import java.util.Optional;
import java.util.UUID;

/**
 * Tells the health score how a customer pays (from the host's finance). Offered through a
 * {@link org.embedcrm.spi.plugin.PluginFactory}; called from the health refresh, on its thread, outside any
 * EmbedCRM transaction; implementations are thread-safe.
 */
@FunctionalInterface
public interface PaymentHistorySource {

    /**
     * @param tenant   the host's tenant key; never null
     * @param customer the customer contact's id; never null
     * @return its payment history; empty when the host knows none (the factor is then neutral)
     */
    Optional<PaymentHistory> paymentHistory(String tenant, UUID customer);
}
