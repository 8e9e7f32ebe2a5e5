package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.embedcrm.core.activity.ActivityCategories;
import org.embedcrm.core.activity.ActivityCategory;
import org.embedcrm.core.activity.ActivityCategoryId;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;

/** The tenant's activity categories in {@code embedcrm_activity_categories}, unique by name regardless of case. */
final class JpaActivityCategories extends JpaPort implements ActivityCategories {

    // Sorted here rather than in SQL: database collations order the same names differently.
    private static final Comparator<ActivityCategory> BY_NAME =
            Comparator.comparing(ActivityCategory::name, String.CASE_INSENSITIVE_ORDER);

    JpaActivityCategories(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Optional<ActivityCategory> find(TenantId tenant, ActivityCategoryId id) {
        return inTransaction(() -> entityManager().createQuery(
                        "select c from EmbedCrmActivityCategory c where c.tenantId = :tenant and c.id = :id",
                        ActivityCategoryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultList().stream().findFirst().map(ActivityCategoryEntity::toCategory));
    }

    @Override
    public ActivityCategory add(ActivityCategory category) {
        requireNew(category.version(), "activity category", category.id());
        return inTransaction(() -> {
            ActivityCategoryEntity row = new ActivityCategoryEntity(category);
            entityManager().persist(row);
            entityManager().flush();
            return row.toCategory();
        });
    }

    @Override
    public ActivityCategory update(ActivityCategory category) {
        return inTransaction(() -> {
            ActivityCategoryEntity row = entityManager().find(ActivityCategoryEntity.class, category.id().value());
            if (row == null || !row.belongsTo(category.tenant()) || row.version() != category.version()) {
                throw ConflictException.staleVersion("activity category", category.id(), category.version());
            }
            row.copy(category);
            flush(row, category.version());
            return row.toCategory();
        });
    }

    @Override
    public List<ActivityCategory> all(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery(
                        "select c from EmbedCrmActivityCategory c where c.tenantId = :tenant",
                        ActivityCategoryEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(ActivityCategoryEntity::toCategory).sorted(BY_NAME).toList());
    }
}
