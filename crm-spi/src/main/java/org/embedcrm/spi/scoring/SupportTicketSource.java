package org.embedcrm.spi.scoring;

import java.util.OptionalInt;
import java.util.UUID;

/**
 * Tells the health score how many support tickets a customer has open (from the host's helpdesk). Same lifecycle
 * and threading as {@link PaymentHistorySource}.
 */
@FunctionalInterface
public interface SupportTicketSource {

    /**
     * @param tenant   the host's tenant key; never null
     * @param customer the customer contact's id; never null
     * @return its open tickets, 0 or more; empty when unknown (the factor is then neutral)
     */
    OptionalInt openTickets(String tenant, UUID customer);
}
