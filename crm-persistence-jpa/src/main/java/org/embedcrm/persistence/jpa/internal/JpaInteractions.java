package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.InteractionId;
import org.embedcrm.core.activity.Interactions;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/**
 * Interactions in {@code embedcrm_interactions}, unique by e-mail message id within the tenant, with their participants
 * in {@code embedcrm_interaction_participants}. A timeline page costs two statements: the rows, then the participants
 * of all of them (see {@link InteractionEntity}).
 */
final class JpaInteractions extends JpaPort implements Interactions {

    JpaInteractions(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Interaction add(Interaction interaction) {
        return inTransaction(() -> {
            InteractionEntity row = new InteractionEntity(interaction);
            entityManager().persist(row);
            entityManager().flush();
            return row.toInteraction();
        });
    }

    @Override
    public Optional<Interaction> find(TenantId tenant, InteractionId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select i from EmbedCrmInteraction i where i.tenantId = :tenant and i.id = :id",
                        InteractionEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(InteractionEntity::toInteraction));
    }

    @Override
    public Optional<Interaction> findByMessageId(TenantId tenant, String messageId) {
        return inTransaction(() -> entityManager().createQuery("""
                        select i from EmbedCrmInteraction i
                        where i.tenantId = :tenant and i.emailMessageId = :messageId""", InteractionEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("messageId", messageId)
                .getResultList().stream().findFirst().map(InteractionEntity::toInteraction));
    }

    @Override
    public List<Interaction> timeline(TenantId tenant, Collection<RecordRef> subjects, TimelineCursor after,
                                      int limit) {
        return inTransaction(() -> TimelineRows.linkedTo("EmbedCrmInteraction", "occurredAt", subjects)
                .page(entityManager(), InteractionEntity.class, tenant, after, limit)
                .stream().map(InteractionEntity::toInteraction).toList());
    }
}
