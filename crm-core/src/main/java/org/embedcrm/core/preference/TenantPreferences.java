package org.embedcrm.core.preference;

import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding each tenant's {@link Preferences}, one record per tenant. Contract:
 * {@code org.embedcrm.testkit.contract.PreferencesContract}.
 */
public interface TenantPreferences {

    /**
     * @param tenant the tenant; never null
     * @return its stored preferences, or {@link Preferences#defaults} (version 0) when it never saved any
     */
    Preferences get(TenantId tenant);

    /**
     * @param preferences the tenant's preferences as read by {@link #get}, then changed; never null
     * @return the stored preferences, one version more
     * @throws ConflictException {@code stale-version} when they were saved by someone else since they were read
     */
    Preferences save(Preferences preferences);
}
