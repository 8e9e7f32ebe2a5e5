package org.embedcrm.spi.scoring;

import java.util.Optional;
import java.util.UUID;

/**
 * Tells the health score what a customer's contracts are worth (from the host's contract management). Same
 * lifecycle and threading as {@link PaymentHistorySource}.
 */
@FunctionalInterface
public interface ContractValueSource {

    /**
     * @param tenant   the host's tenant key; never null
     * @param customer the customer contact's id; never null
     * @return the total value of its running contracts; empty when unknown (the factor is then neutral)
     */
    Optional<ContractValue> contractValue(String tenant, UUID customer);
}
