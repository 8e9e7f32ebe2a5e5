package org.embedcrm.core.activity;

import java.util.Objects;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * One entry of the tenant's configurable list of activity categories, e.g. "Product demo" or "Contract renewal".
 * Categories are deactivated, never deleted, so activities keep theirs.
 *
 * @param id      identifies it; never null
 * @param tenant  never null
 * @param version the stored version: 0 when new and when just added, one more after each update
 * @param name    1 to 100 characters, unique in the tenant regardless of case; never null
 * @param active  whether new activities can still be put in it
 */
public record ActivityCategory(ActivityCategoryId id, TenantId tenant, long version, String name, boolean active) {

    /** Longest name accepted. */
    public static final int NAME_MAX = 100;

    /** Rejects missing parts and an invalid name. */
    public ActivityCategory {
        Objects.requireNonNull(id, "activity category id");
        Objects.requireNonNull(tenant, "tenant");
        name = Names.require("name", name, NAME_MAX);
    }

    ActivityCategory withActive(boolean value) {
        return new ActivityCategory(id, tenant, version, name, value);
    }
}
