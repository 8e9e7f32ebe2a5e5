package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.InteractionId;
import org.embedcrm.core.activity.Interactions;
import org.embedcrm.core.activity.RecordKind;
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
    public long count(TenantId tenant, RecordRef record) {
        return inTransaction(() -> RecordLinks.count(entityManager(), "EmbedCrmInteraction", "participants", tenant,
                record));
    }

    /**
     * A handful of set-based statements whatever the number of interactions: the count, then (for a contact) the
     * participant rows that would repeat a participant or the interaction's own contact are deleted and the others
     * moved, then the interactions themselves.
     */
    @Override
    public int reassign(TenantId tenant, RecordRef from, RecordRef to) {
        RecordLinks.requireSameKind(from, to);
        String link = RecordLinks.attribute(from);
        if (link == null || from.equals(to)) {
            return 0;
        }
        return inTransaction(() -> {
            int changed = (int) count(tenant, from);
            if (changed == 0) {
                return 0;
            }
            EntityManager entityManager = entityManager();
            entityManager.flush();
            if (from.kind() == RecordKind.CONTACT) {
                ChildTables.delete(entityManager, "embedcrm_interaction_participants", tenant, from, to, """
                        contact_id = :from and (interaction_id in (select q.interaction_id
                            from embedcrm_interaction_participants q where q.contact_id = :to)
                          or interaction_id in (select i.id from embedcrm_interactions i
                            where i.contact_id in (:from, :to)))""");
                ChildTables.delete(entityManager, "embedcrm_interaction_participants", tenant, from, to, """
                        contact_id = :to and interaction_id in (select i.id from embedcrm_interactions i
                            where i.contact_id = :from)""");
                ChildTables.move(entityManager, "embedcrm_interaction_participants", "contact_id", tenant, from, to);
            }
            entityManager.createQuery("update EmbedCrmInteraction i set i." + link + " = :to"
                            + " where i.tenantId = :tenant and i." + link + " = :from")
                    .setParameter("to", to.id())
                    .setParameter("tenant", tenant.value())
                    .setParameter("from", from.id())
                    .executeUpdate();
            Evictions.evictAll(entityManager, InteractionEntity.class);
            return changed;
        });
    }

    @Override
    public List<Interaction> timeline(TenantId tenant, Collection<RecordRef> subjects, TimelineCursor after,
                                      int limit) {
        return inTransaction(() -> TimelineRows.linkedTo("EmbedCrmInteraction", "occurredAt", subjects)
                .page(entityManager(), InteractionEntity.class, tenant, after, limit)
                .stream().map(InteractionEntity::toInteraction).toList());
    }
}
