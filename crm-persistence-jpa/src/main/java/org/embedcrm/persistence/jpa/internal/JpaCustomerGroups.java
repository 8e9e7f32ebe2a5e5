package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.CustomerGroups;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/** The tenant's customer groups in {@code embedcrm_customer_groups}. */
final class JpaCustomerGroups extends JpaPort implements CustomerGroups {

    // Sorted here rather than in SQL: database collations order the same names differently.
    private static final Comparator<CustomerGroup> BY_PRIORITY_THEN_NAME =
            Comparator.comparingInt(CustomerGroup::priority).reversed()
                    .thenComparing(CustomerGroup::name, String.CASE_INSENSITIVE_ORDER);

    JpaCustomerGroups(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<CustomerGroup> find(TenantId tenant, CustomerGroupId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select g from EmbedCrmCustomerGroup g where g.tenantId = :tenant and g.id = :id",
                        CustomerGroupEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(CustomerGroupEntity::toGroup));
    }

    @Override
    public List<CustomerGroup> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery(
                        "select g from EmbedCrmCustomerGroup g where g.tenantId = :tenant", CustomerGroupEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(CustomerGroupEntity::toGroup).sorted(BY_PRIORITY_THEN_NAME).toList());
    }

    @Override
    public CustomerGroup add(CustomerGroup group) {
        requireNew(group.version(), "customer group", group.id());
        return inTransaction(() -> {
            CustomerGroupEntity row = new CustomerGroupEntity(group);
            entityManager().persist(row);
            entityManager().flush();
            return row.toGroup();
        });
    }

    @Override
    public CustomerGroup update(CustomerGroup group) {
        return inTransaction(() -> {
            CustomerGroupEntity row = stored(group);
            row.copy(group);
            flush(row, group.version());
            return row.toGroup();
        });
    }

    @Override
    public void remove(CustomerGroup group) {
        inTransaction(() -> {
            entityManager().remove(stored(group));
            entityManager().flush();
            return null;
        });
    }

    private CustomerGroupEntity stored(CustomerGroup group) {
        CustomerGroupEntity row = entityManager().find(CustomerGroupEntity.class, group.id().value());
        if (row == null || !row.belongsTo(group.tenant()) || row.version() != group.version()) {
            throw ConflictException.staleVersion("customer-group", group.id(), group.version());
        }
        return row;
    }
}
