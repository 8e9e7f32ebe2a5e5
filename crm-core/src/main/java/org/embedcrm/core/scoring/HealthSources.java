package org.embedcrm.core.scoring;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.embedcrm.spi.scoring.ContractValue;
import org.embedcrm.spi.scoring.ContractValueSource;
import org.embedcrm.spi.scoring.PaymentHistory;
import org.embedcrm.spi.scoring.PaymentHistorySource;
import org.embedcrm.spi.scoring.SupportTicketSource;

/**
 * The host's sources of the health score's inputs; the first of each kind is asked, and an absent kind makes its
 * factor neutral.
 *
 * @param payments  never null
 * @param contracts never null
 * @param tickets   never null
 */
public record HealthSources(List<PaymentHistorySource> payments, List<ContractValueSource> contracts,
                            List<SupportTicketSource> tickets) {

    /** Copies the lists. */
    public HealthSources {
        payments = List.copyOf(payments);
        contracts = List.copyOf(contracts);
        tickets = List.copyOf(tickets);
    }

    Optional<PaymentHistory> payments(String tenant, UUID customer) {
        return payments.isEmpty() ? Optional.empty() : payments.get(0).paymentHistory(tenant, customer);
    }

    Optional<ContractValue> contracts(String tenant, UUID customer) {
        return contracts.isEmpty() ? Optional.empty() : contracts.get(0).contractValue(tenant, customer);
    }

    OptionalInt tickets(String tenant, UUID customer) {
        return tickets.isEmpty() ? OptionalInt.empty() : tickets.get(0).openTickets(tenant, customer);
    }
}
