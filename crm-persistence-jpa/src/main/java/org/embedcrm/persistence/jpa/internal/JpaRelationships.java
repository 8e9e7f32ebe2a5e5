package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.Relationship;
import org.embedcrm.core.party.RelationshipId;
import org.embedcrm.core.party.RelationshipType;
import org.embedcrm.core.party.RelationshipTypeId;
import org.embedcrm.core.party.Relationships;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;

/** Relationship types in {@code embedcrm_relationship_types}, relationships in {@code embedcrm_relationships}. */
final class JpaRelationships extends JpaPort implements Relationships {

    // Sorted here rather than in SQL: database collations order the same names differently.
    private static final Comparator<RelationshipType> BY_NAME = Comparator.comparing(type -> Names.key(type.name()));

    JpaRelationships(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<RelationshipType> findType(TenantId tenant, RelationshipTypeId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select t from EmbedCrmRelationshipType t where t.tenantId = :tenant and t.id = :id",
                        RelationshipTypeEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(RelationshipTypeEntity::toType));
    }

    @Override
    public List<RelationshipType> types(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery(
                        "select t from EmbedCrmRelationshipType t where t.tenantId = :tenant",
                        RelationshipTypeEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(RelationshipTypeEntity::toType).sorted(BY_NAME).toList());
    }

    @Override
    public RelationshipType addType(RelationshipType type) {
        requireNew(type.version(), "relationship type", type.id());
        return inTransaction(() -> {
            RelationshipTypeEntity row = new RelationshipTypeEntity(type);
            entityManager().persist(row);
            entityManager().flush();
            return row.toType();
        });
    }

    @Override
    public List<Relationship> of(TenantId tenant, ContactId contact) {
        return inTransaction(() -> entityManager().createQuery("""
                        select r from EmbedCrmRelationship r
                        where r.tenantId = :tenant and (r.sourceId = :contact or r.targetId = :contact)
                        order by r.createdAt, r.id""", RelationshipEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("contact", contact.value())
                .getResultList().stream().map(RelationshipEntity::toRelationship).toList());
    }

    @Override
    public Optional<Relationship> find(TenantId tenant, RelationshipId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select r from EmbedCrmRelationship r where r.tenantId = :tenant and r.id = :id",
                        RelationshipEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(RelationshipEntity::toRelationship));
    }

    /**
     * Refuses a link that duplicates one stored before the insert, as the in-memory store does (a relationship added
     * twice is its own duplicate); the unique key on the ordered pair catches a concurrent writer.
     */
    @Override
    public Relationship add(Relationship relationship) {
        return inTransaction(() -> {
            RelationshipEntity row = new RelationshipEntity(relationship);
            if (linked(relationship.tenant(), row)) {
                throw new ConflictException("relationship.duplicate", "these contacts are already linked that way",
                        null);
            }
            entityManager().persist(row);
            entityManager().flush();
            return row.toRelationship();
        });
    }

    @Override
    public void remove(Relationship relationship) {
        inTransaction(() -> {
            RelationshipEntity row = entityManager().find(RelationshipEntity.class, relationship.id().value());
            if (row != null && row.belongsTo(relationship.tenant())) {
                entityManager().remove(row);
                entityManager().flush();
            }
            return null;
        });
    }

    @Override
    public boolean anyOfType(TenantId tenant, RelationshipTypeId type) {
        return inTransaction(() -> !entityManager().createQuery(
                        "select r.id from EmbedCrmRelationship r where r.tenantId = :tenant and r.typeId = :type",
                        UUID.class)
                .setParameter("tenant", tenant.value())
                .setParameter("type", type.value())
                .setMaxResults(1)
                .getResultList().isEmpty());
    }

    /**
     * Three statements whatever the number of links: the links between the two go, then the links {@code to}
     * already has in either direction (the unique key allows one per pair and type), then the rest move, with their
     * ordered pair recomputed. Relationships loaded earlier in this transaction are evicted afterwards.
     */
    @Override
    public int reassign(TenantId tenant, ContactId from, ContactId to) {
        if (from.equals(to)) {
            return 0;
        }
        return inTransaction(() -> {
            EntityManager entityManager = entityManager();
            entityManager.flush();
            UuidOrder order = UuidOrder.of(entityManager);
            mutation(entityManager, """
                    delete from embedcrm_relationships
                    where tenant_id = :tenant
                    and (source_id = :from and target_id = :to or source_id = :to and target_id = :from)""",
                    tenant, from, to).executeUpdate();
            mutation(entityManager, """
                    delete from embedcrm_relationships
                    where tenant_id = :tenant and (source_id = :from or target_id = :from)
                    and (type_id, case when source_id = :from then target_id else source_id end) in (
                        select o.type_id, case when o.source_id = :to then o.target_id else o.source_id end
                        from embedcrm_relationships o
                        where o.tenant_id = :tenant and (o.source_id = :to or o.target_id = :to))""",
                    tenant, from, to).executeUpdate();
            // MariaDB assigns left to right, each assignment seeing the ones before: the ordered pair is computed
            // first, from the source and target columns as they were.
            String other = "case when source_id = :from then target_id else source_id end";
            String otherFirst = order.key(other) + " < :toKey";
            int moved = mutation(entityManager, "update embedcrm_relationships"
                    + " set low_id = case when " + otherFirst + " then " + other + " else :to end,"
                    + " high_id = case when " + otherFirst + " then :to else " + other + " end,"
                    + " source_id = case when source_id = :from then :to else source_id end,"
                    + " target_id = case when target_id = :from then :to else target_id end"
                    + " where tenant_id = :tenant and (source_id = :from or target_id = :from)", tenant, from, to)
                    .setParameter("toKey", order.key(to.value()))
                    .executeUpdate();
            Evictions.evictAll(entityManager, RelationshipEntity.class);
            return moved;
        });
    }

    private static MutationQuery mutation(EntityManager entityManager, String sql, TenantId tenant, ContactId from,
                                         ContactId to) {
        return entityManager.unwrap(Session.class).createNativeMutationQuery(sql)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from.value(), UUID.class)
                .setParameter("to", to.value(), UUID.class);
    }

    private boolean linked(TenantId tenant, RelationshipEntity row) {
        return !entityManager().createQuery("""
                        select r.id from EmbedCrmRelationship r where r.tenantId = :tenant and r.typeId = :type
                        and r.lowId = :low and r.highId = :high""", UUID.class)
                .setParameter("tenant", tenant.value())
                .setParameter("type", row.typeId())
                .setParameter("low", row.lowId())
                .setParameter("high", row.highId())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
