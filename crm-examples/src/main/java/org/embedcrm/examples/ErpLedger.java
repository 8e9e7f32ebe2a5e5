package org.embedcrm.examples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;
import org.embedcrm.spi.scoring.ContractValue;
import org.embedcrm.spi.scoring.ContractValueSource;
import org.embedcrm.spi.scoring.PaymentHistory;
import org.embedcrm.spi.scoring.PaymentHistorySource;
import org.embedcrm.spi.scoring.SupportTicketSource;

/**
 * The quickstart's stand-in for an ERP's finance, contract management and helpdesk, feeding the health score: how
 * each customer paid, what its running contracts are worth, how many tickets it has open. A real host answers each
 * with one query on its own tables; this one keeps the figures of one tenant in maps. Thread-safe.
 */
final class ErpLedger implements PaymentHistorySource, ContractValueSource, SupportTicketSource {

    private final String tenant;
    private final Map<UUID, PaymentHistory> payments = new ConcurrentHashMap<>();
    private final Map<UUID, ContractValue> contracts = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> tickets = new ConcurrentHashMap<>();

    /** @param tenant the host's key of the one tenant whose figures this holds; never null */
    ErpLedger(String tenant) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /**
     * @param customer    a customer's id; never null
     * @param onTime      invoices it paid by their due date
     * @param overdue     invoices it paid late, or not yet although due
     * @param contracts   what its running contracts are worth, in EUR; never null
     * @param openTickets its support tickets still open
     */
    void record(UUID customer, int onTime, int overdue, BigDecimal contracts, int openTickets) {
        payments.put(customer, new PaymentHistory(onTime, overdue));
        this.contracts.put(customer, new ContractValue(contracts, "EUR"));
        tickets.put(customer, openTickets);
    }

    /** @return one plugin per health-score source this ledger answers for, to register on the Crm's builder */
    List<PluginFactory<?>> plugins() {
        return List.of(new Source<>("erp-payments", PaymentHistorySource.class, this),
                new Source<>("erp-contracts", ContractValueSource.class, this),
                new Source<>("erp-tickets", SupportTicketSource.class, this));
    }

    @Override
    public Optional<PaymentHistory> paymentHistory(String tenant, UUID customer) {
        return this.tenant.equals(tenant) ? Optional.ofNullable(payments.get(customer)) : Optional.empty();
    }

    @Override
    public Optional<ContractValue> contractValue(String tenant, UUID customer) {
        return this.tenant.equals(tenant) ? Optional.ofNullable(contracts.get(customer)) : Optional.empty();
    }

    @Override
    public OptionalInt openTickets(String tenant, UUID customer) {
        Integer open = this.tenant.equals(tenant) ? tickets.get(customer) : null;
        return open == null ? OptionalInt.empty() : OptionalInt.of(open);
    }

    /** A plugin handing the Crm a provider the host made itself. */
    private record Source<P>(String id, Class<P> providerType, P provider) implements PluginFactory<P> {

        @Override
        public P create(PluginContext context) {
            return provider;
        }
    }
}
