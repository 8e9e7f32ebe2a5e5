package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.embedcrm.core.einvoicing.PeppolStatus;
import org.embedcrm.core.einvoicing.PeppolStatuses;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/** PEPPOL statuses in {@code embedcrm_peppol_status}, one row per contact. */
public final class JpaPeppolStatuses extends JpaPort implements PeppolStatuses {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaPeppolStatuses(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public void save(PeppolStatus status) {
        inTransaction(() -> {
            PeppolStatusEntity row = entityManager().find(PeppolStatusEntity.class, status.contact().value());
            if (row == null) {
                entityManager().persist(new PeppolStatusEntity(status));
            } else if (row.belongsTo(status.tenant())) {
                row.copy(status);
            } else {
                throw new IllegalArgumentException("contact " + status.contact() + " belongs to another tenant");
            }
            entityManager().flush();
            return null;
        });
    }

    @Override
    public Optional<PeppolStatus> find(TenantId tenant, ContactId contact) {
        return inTransaction(() -> Optional.ofNullable(entityManager().find(PeppolStatusEntity.class,
                contact.value())).filter(row -> row.belongsTo(tenant)).map(PeppolStatusEntity::toStatus));
    }

    @Override
    public Map<ContactId, PeppolStatus> findAll(TenantId tenant, Collection<ContactId> contacts) {
        if (contacts.isEmpty()) {
            return Map.of();
        }
        return inTransaction(() -> entityManager().createQuery("""
                        select s from EmbedCrmPeppolStatus s where s.tenantId = :tenant and s.contactId in :ids""",
                        PeppolStatusEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", contacts.stream().map(ContactId::value).distinct().toList())
                .getResultList().stream().map(PeppolStatusEntity::toStatus)
                .collect(Collectors.toMap(PeppolStatus::contact, Function.identity())));
    }

    /** One delete; a copy loaded earlier in this transaction is evicted, so that it is not handed out afterwards. */
    @Override
    public void remove(TenantId tenant, ContactId contact) {
        inTransaction(() -> {
            EntityManager entityManager = entityManager();
            entityManager.flush();
            entityManager.createQuery(
                            "delete from EmbedCrmPeppolStatus s where s.tenantId = :tenant and s.contactId = :contact")
                    .setParameter("tenant", tenant.value())
                    .setParameter("contact", contact.value())
                    .executeUpdate();
            Evictions.evict(entityManager, PeppolStatusEntity.class, row -> row.belongsTo(tenant)
                    && row.contactId().equals(contact.value()));
            return null;
        });
    }
}
