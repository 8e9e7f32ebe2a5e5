package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.function.Supplier;
import org.embedcrm.core.port.Transactions;

/**
 * What every JPA repository shares: the entity manager of the current transaction, a transaction around each
 * call (joining the caller's), the translation of persistence errors and the version rule for writes.
 */
abstract class JpaPort {

    private final Supplier<EntityManager> entityManagers;
    private final Transactions transactions;

    JpaPort(Supplier<EntityManager> entityManagers, Transactions transactions) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "entityManagers");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Runs one repository call in the caller's transaction, or in its own when the caller has none. */
    final <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(() -> {
            try {
                return work.get();
            } catch (PersistenceException e) {
                throw PersistenceErrors.translate(e);
            }
        });
    }

    final EntityManager entityManager() {
        return entityManagers.get();
    }

    /**
     * Writes the pending changes now, so that constraint violations and stale versions surface in the call that
     * caused them, and gives the root a new version even when only its child rows changed, or nothing did:
     * every successful write hands back a version its readers have not seen.
     *
     * @param root          the aggregate root's row, managed by the current entity manager
     * @param versionBefore its version before the changes
     */
    final void flush(Versioned root, long versionBefore) {
        EntityManager entityManager = entityManager();
        entityManager.flush();
        if (root.version() == versionBefore) {
            entityManager.lock(root, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }

    static void requireNew(long version, String kind, Object id) {
        if (version != 0) {
            throw new IllegalArgumentException(kind + " " + id + " has version " + version
                    + "; only a new " + kind + " (version 0) can be added");
        }
    }
}
