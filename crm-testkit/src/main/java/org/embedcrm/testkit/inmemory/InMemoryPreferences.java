package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.preference.Preferences;
import org.embedcrm.core.preference.TenantPreferences;
import org.embedcrm.core.shared.TenantId;

/** Each tenant's preferences in memory, one versioned entry per tenant. */
final class InMemoryPreferences implements TenantPreferences {

    private final TransactionalMap<TenantId, Preferences> rows;

    InMemoryPreferences(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public Preferences get(TenantId tenant) {
        return rows.get(tenant).orElseGet(() -> Preferences.defaults(tenant));
    }

    @Override
    public Preferences save(Preferences preferences) {
        if (get(preferences.tenant()).version() != preferences.version()) {
            throw ConflictException.staleVersion("preferences of tenant", preferences.tenant(), preferences.version());
        }
        Preferences saved = new Preferences(preferences.tenant(), preferences.version() + 1, preferences.display(),
                preferences.timeline());
        rows.put(saved.tenant(), saved);
        return saved;
    }
}
