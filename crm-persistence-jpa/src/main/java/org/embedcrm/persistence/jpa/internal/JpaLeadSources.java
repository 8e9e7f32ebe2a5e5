package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadSources;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** The tenant's lead sources in {@code embedcrm_lead_sources}, unique by name regardless of case. */
final class JpaLeadSources extends JpaPort implements LeadSources {

    // Sorted here rather than in SQL: database collations order the same names differently.
    private static final Comparator<LeadSource> BY_NAME = Comparator.comparing(source -> Names.key(source.name()));

    JpaLeadSources(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<LeadSource> find(TenantId tenant, LeadSourceId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select s from EmbedCrmLeadSource s where s.tenantId = :tenant and s.id = :id",
                        LeadSourceEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(LeadSourceEntity::toSource));
    }

    @Override
    public List<LeadSource> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery(
                        "select s from EmbedCrmLeadSource s where s.tenantId = :tenant", LeadSourceEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(LeadSourceEntity::toSource).sorted(BY_NAME).toList());
    }

    @Override
    public LeadSource add(LeadSource source) {
        requireNew(source.version(), "lead source", source.id());
        return inTransaction(() -> {
            LeadSourceEntity row = new LeadSourceEntity(source);
            entityManager().persist(row);
            entityManager().flush();
            return row.toSource();
        });
    }

    @Override
    public LeadSource update(LeadSource source) {
        return inTransaction(() -> {
            LeadSourceEntity row = entityManager().find(LeadSourceEntity.class, source.id().value());
            if (row == null || !row.belongsTo(source.tenant()) || row.version() != source.version()) {
                throw ConflictException.staleVersion("lead-source", source.id(), source.version());
            }
            row.copy(source);
            flush(row, source.version());
            return row.toSource();
        });
    }
}
