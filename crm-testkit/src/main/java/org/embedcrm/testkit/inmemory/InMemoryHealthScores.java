package org.embedcrm.testkit.inmemory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.scoring.HealthScores;
import org.embedcrm.core.shared.TenantId;

/** Health scores in memory, one per customer. */
final class InMemoryHealthScores implements HealthScores {

    private final TransactionalMap<ContactId, HealthScore> rows;

    InMemoryHealthScores(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public void saveAll(Collection<HealthScore> scores) {
        scores.forEach(s -> rows.put(s.customer(), s));
    }

    @Override
    public Optional<HealthScore> find(TenantId tenant, ContactId customer) {
        return rows.get(customer).filter(s -> s.tenant().equals(tenant));
    }

    @Override
    public Map<ContactId, HealthScore> findAll(TenantId tenant, Collection<ContactId> customers) {
        return customers.stream().distinct().map(c -> find(tenant, c)).flatMap(Optional::stream)
                .collect(Collectors.toMap(HealthScore::customer, Function.identity()));
    }

    @Override
    public void remove(TenantId tenant, ContactId customer) {
        if (find(tenant, customer).isPresent()) {
            rows.remove(customer);
        }
    }
}
