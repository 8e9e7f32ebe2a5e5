package org.embedcrm.core.activity;

import java.util.List;
import java.util.Objects;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.Permission;

/**
 * Manages the tenant's list of activity categories. Categories are deactivated, never deleted, so activities keep
 * theirs. Changes need {@link Permission#MANAGE_CONTACT_SETTINGS}. Obtain it from
 * {@link org.embedcrm.core.Crm#activityCategories()}.
 */
public final class ActivityCategoryService {

    private final ServiceContext ctx;
    private final ActivityCategories categories;

    /**
     * @param ctx        the service plumbing; never null
     * @param categories the category port; never null
     */
    public ActivityCategoryService(ServiceContext ctx, ActivityCategories categories) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.categories = Objects.requireNonNull(categories, "categories");
    }

    /**
     * @param name 1 to 100 characters, not used by another category of the tenant regardless of case
     * @return the stored category, active
     * @throws ConflictException {@code activity-category.name-taken}
     */
    public ActivityCategory define(String name) {
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        String checked = Names.require("name", name, ActivityCategory.NAME_MAX);
        return ctx.run(() -> {
            String key = Names.key(checked);
            categories.all(ctx.tenant()).stream().filter(c -> Names.key(c.name()).equals(key)).findFirst()
                    .ifPresent(c -> {
                        throw new ConflictException("activity-category.name-taken",
                                "an activity category named '" + c.name() + "' exists already", null);
                    });
            return categories.add(new ActivityCategory(new ActivityCategoryId(ctx.ids().next()), ctx.tenant(), 0,
                    checked, true));
        });
    }

    /**
     * @param id     the category; never null
     * @param active whether new activities can be put in it from now on
     * @return the stored category
     */
    public ActivityCategory setActive(ActivityCategoryId id, boolean active) {
        Objects.requireNonNull(id, "activity category");
        ctx.require(Permission.MANAGE_CONTACT_SETTINGS);
        return ctx.run(() -> {
            ActivityCategory category = categories.find(ctx.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("activity-category", id));
            return category.active() == active ? category : categories.update(category.withActive(active));
        });
    }

    /** @return every category of the tenant, active or not, by name */
    public List<ActivityCategory> all() {
        return ctx.run(() -> categories.all(ctx.tenant()));
    }
}
