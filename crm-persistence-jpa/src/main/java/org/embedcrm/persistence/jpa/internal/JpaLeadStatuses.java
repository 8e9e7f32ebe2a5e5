package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.lead.LeadStatuses;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/**
 * The tenant's ordered lead statuses in {@code embedcrm_lead_statuses}, whose unique keys hold the name, the one
 * default and the one converted and one lost status.
 */
final class JpaLeadStatuses extends JpaPort implements LeadStatuses {

    JpaLeadStatuses(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<LeadStatus> find(TenantId tenant, LeadStatusId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select s from EmbedCrmLeadStatus s where s.tenantId = :tenant and s.id = :id",
                        LeadStatusEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(LeadStatusEntity::toStatus));
    }

    @Override
    public List<LeadStatus> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery("""
                        select s from EmbedCrmLeadStatus s where s.tenantId = :tenant
                        order by s.displayOrder, s.id""", LeadStatusEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(LeadStatusEntity::toStatus).toList());
    }

    @Override
    public LeadStatus add(LeadStatus status) {
        requireNew(status.version(), "lead status", status.id());
        return inTransaction(() -> {
            LeadStatusEntity row = new LeadStatusEntity(status);
            entityManager().persist(row);
            entityManager().flush();
            return row.toStatus();
        });
    }

    @Override
    public LeadStatus update(LeadStatus status) {
        return inTransaction(() -> {
            LeadStatusEntity row = stored(status);
            row.copy(status);
            flush(row, status.version());
            return row.toStatus();
        });
    }

    @Override
    public void remove(LeadStatus status) {
        inTransaction(() -> {
            entityManager().remove(stored(status));
            entityManager().flush();
            return null;
        });
    }

    private LeadStatusEntity stored(LeadStatus status) {
        LeadStatusEntity row = entityManager().find(LeadStatusEntity.class, status.id().value());
        if (row == null || !row.belongsTo(status.tenant()) || row.version() != status.version()) {
            throw ConflictException.staleVersion("lead-status", status.id(), status.version());
        }
        return row;
    }
}
