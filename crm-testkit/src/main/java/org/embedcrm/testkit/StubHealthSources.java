package org.embedcrm.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.embedcrm.spi.scoring.ContractValue;
import org.embedcrm.spi.scoring.ContractValueSource;
import org.embedcrm.spi.scoring.PaymentHistory;
import org.embedcrm.spi.scoring.PaymentHistorySource;
import org.embedcrm.spi.scoring.SupportTicketSource;

/**
 * The host's health-score inputs in memory: payment history, contract value and open tickets per customer. A
 * customer the test set nothing for is unknown to the source, so its factor is neutral.
 */
public final class StubHealthSources implements PaymentHistorySource, ContractValueSource, SupportTicketSource {

    private final Map<UUID, PaymentHistory> payments = new ConcurrentHashMap<>();
    private final Map<UUID, ContractValue> contracts = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> tickets = new ConcurrentHashMap<>();

    /**
     * @param customer a customer's id
     * @param history  how it paid
     */
    public void payments(UUID customer, PaymentHistory history) {
        payments.put(customer, history);
    }

    /**
     * @param customer a customer's id
     * @param value    its contracts' value
     */
    public void contracts(UUID customer, ContractValue value) {
        contracts.put(customer, value);
    }

    /**
     * @param customer a customer's id
     * @param open     its open tickets
     */
    public void tickets(UUID customer, int open) {
        tickets.put(customer, open);
    }

    @Override
    public Optional<PaymentHistory> paymentHistory(String tenant, UUID customer) {
        return Optional.ofNullable(payments.get(customer));
    }

    @Override
    public Optional<ContractValue> contractValue(String tenant, UUID customer) {
        return Optional.ofNullable(contracts.get(customer));
    }

    @Override
    public OptionalInt openTickets(String tenant, UUID customer) {
        Integer open = tickets.get(customer);
        return open == null ? OptionalInt.empty() : OptionalInt.of(open);
    }
}
