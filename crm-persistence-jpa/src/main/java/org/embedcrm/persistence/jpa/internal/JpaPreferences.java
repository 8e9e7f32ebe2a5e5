package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.preference.Preferences;
import org.embedcrm.core.preference.TenantPreferences;
import org.embedcrm.core.shared.TenantId;

/** Each tenant's preferences in {@code embedcrm_preferences}, one row per tenant that saved any. */
public final class JpaPreferences extends JpaPort implements TenantPreferences {

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaPreferences(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public Preferences get(TenantId tenant) {
        return inTransaction(() -> {
            PreferencesEntity row = entityManager().find(PreferencesEntity.class, tenant.value());
            return row == null ? Preferences.defaults(tenant) : row.toPreferences();
        });
    }

    /** A first save that loses the race with another is refused by the primary key, as a stale version too. */
    @Override
    public Preferences save(Preferences preferences) {
        return inTransaction(() -> {
            PreferencesEntity row = entityManager().find(PreferencesEntity.class, preferences.tenant().value());
            long stored = row == null ? 0 : row.version() + 1;
            if (stored != preferences.version()) {
                throw ConflictException.staleVersion("preferences of tenant", preferences.tenant(),
                        preferences.version());
            }
            if (row == null) {
                row = new PreferencesEntity(preferences);
                entityManager().persist(row);
                entityManager().flush();
            } else {
                long before = row.version();
                row.copy(preferences);
                flush(row, before);
            }
            return row.toPreferences();
        });
    }
}
