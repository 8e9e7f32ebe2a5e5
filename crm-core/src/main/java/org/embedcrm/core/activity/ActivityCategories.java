package org.embedcrm.core.activity;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding the tenant's activity categories. Contract:
 * {@code org.embedcrm.testkit.contract.ActivityCategoriesContract}.
 */
public interface ActivityCategories {

    /**
     * @param tenant the tenant; never null
     * @param id     the category; never null
     * @return it, when it exists in that tenant
     */
    Optional<ActivityCategory> find(TenantId tenant, ActivityCategoryId id);

    /**
     * @param category a new category of version 0; never null
     * @return the stored category
     * @throws ConflictException when the tenant has a category of that name, regardless of case
     */
    ActivityCategory add(ActivityCategory category);

    /**
     * @param category a category read earlier and changed since; never null
     * @return the stored category with its new version
     * @throws ConflictException when it was changed by someone else since it was read
     */
    ActivityCategory update(ActivityCategory category);

    /**
     * @param tenant the tenant; never null
     * @return every category of the tenant, by name regardless of case; never null
     */
    List<ActivityCategory> all(TenantId tenant);
}
