package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactStatusId;
import org.embedcrm.core.party.ContactStatuses;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/** The tenant's ordered contact statuses in {@code embedcrm_contact_statuses}. */
final class JpaContactStatuses extends JpaPort implements ContactStatuses {

    JpaContactStatuses(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<ContactStatus> find(TenantId tenant, ContactStatusId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select s from EmbedCrmContactStatus s where s.tenantId = :tenant and s.id = :id",
                        ContactStatusEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(ContactStatusEntity::toStatus));
    }

    @Override
    public List<ContactStatus> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery("""
                        select s from EmbedCrmContactStatus s where s.tenantId = :tenant
                        order by s.displayOrder, s.id""", ContactStatusEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(ContactStatusEntity::toStatus).toList());
    }

    @Override
    public ContactStatus add(ContactStatus status) {
        requireNew(status.version(), "contact status", status.id());
        return inTransaction(() -> {
            ContactStatusEntity row = new ContactStatusEntity(status);
            entityManager().persist(row);
            entityManager().flush();
            return row.toStatus();
        });
    }

    @Override
    public ContactStatus update(ContactStatus status) {
        return inTransaction(() -> {
            ContactStatusEntity row = stored(status);
            row.copy(status);
            flush(row, status.version());
            return row.toStatus();
        });
    }

    @Override
    public void remove(ContactStatus status) {
        inTransaction(() -> {
            entityManager().remove(stored(status));
            entityManager().flush();
            return null;
        });
    }

    private ContactStatusEntity stored(ContactStatus status) {
        ContactStatusEntity row = entityManager().find(ContactStatusEntity.class, status.id().value());
        if (row == null || !row.belongsTo(status.tenant()) || row.version() != status.version()) {
            throw ConflictException.staleVersion("contact-status", status.id(), status.version());
        }
        return row;
    }
}
