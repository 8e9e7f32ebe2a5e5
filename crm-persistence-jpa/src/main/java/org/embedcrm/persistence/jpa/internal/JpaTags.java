package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.party.Tags;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** The tenant's tag list in {@code embedcrm_tags}. */
final class JpaTags extends JpaPort implements Tags {

    // Sorted here rather than in SQL: database collations order the same names differently.
    private static final Comparator<Tag> BY_NAME = Comparator.comparing(tag -> Names.key(tag.name()));

    JpaTags(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<Tag> find(TenantId tenant, TagId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select t from EmbedCrmTag t where t.tenantId = :tenant and t.id = :id", TagEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(TagEntity::toTag));
    }

    @Override
    public List<Tag> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery(
                        "select t from EmbedCrmTag t where t.tenantId = :tenant", TagEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(TagEntity::toTag).sorted(BY_NAME).toList());
    }

    @Override
    public Tag add(Tag tag) {
        requireNew(tag.version(), "tag", tag.id());
        return inTransaction(() -> {
            TagEntity row = new TagEntity(tag);
            entityManager().persist(row);
            entityManager().flush();
            return row.toTag();
        });
    }

    @Override
    public void remove(Tag tag) {
        inTransaction(() -> {
            TagEntity row = entityManager().find(TagEntity.class, tag.id().value());
            if (row == null || !row.belongsTo(tag.tenant()) || row.version() != tag.version()) {
                throw ConflictException.staleVersion("tag", tag.id(), tag.version());
            }
            entityManager().remove(row);
            entityManager().flush();
            return null;
        });
    }
}
