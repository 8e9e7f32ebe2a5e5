package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.activity.ActivityCategories;
import org.embedcrm.core.activity.ActivityCategory;
import org.embedcrm.core.activity.ActivityCategoryId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** Activity categories in memory, with a unique name per tenant. */
final class InMemoryActivityCategories implements ActivityCategories {

    private final VersionedTable<ActivityCategoryId, ActivityCategory> table;

    InMemoryActivityCategories(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("activity-category",
                ActivityCategory::id, ActivityCategory::tenant, ActivityCategory::version,
                (c, v) -> new ActivityCategory(c.id(), c.tenant(), v, c.name(), c.active()),
                List.of(new VersionedTable.UniqueKey<>(c -> Names.key(c.name()), "activity-category.name-taken"))));
    }

    @Override
    public Optional<ActivityCategory> find(TenantId tenant, ActivityCategoryId id) {
        return table.find(tenant, id);
    }

    @Override
    public ActivityCategory add(ActivityCategory category) {
        return table.add(category);
    }

    @Override
    public ActivityCategory update(ActivityCategory category) {
        return table.update(category);
    }

    @Override
    public List<ActivityCategory> all(TenantId tenant) {
        return table.all(tenant).sorted(Comparator.comparing(ActivityCategory::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
