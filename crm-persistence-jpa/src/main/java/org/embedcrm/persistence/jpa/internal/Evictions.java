package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Predicate;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Drops entities from the persistence context after a bulk statement changed their rows behind its back, so that
 * none of them overwrites the change later or hands out stale values; the next read gets them from the database.
 * The caller flushes before the bulk statement, so no pending change of theirs is lost.
 */
final class Evictions {

    private Evictions() {
    }

    /** Detaches the managed entities of that class that match. */
    static <T> void evict(EntityManager entityManager, Class<T> entity, Predicate<T> which) {
        Session session = entityManager.unwrap(Session.class);
        // Session.getManagedEntities fails on a persistence context that never held an entity.
        if (session.unwrap(SharedSessionContractImplementor.class).getPersistenceContextInternal()
                .getEntityHoldersByKey() == null) {
            return;
        }
        List.copyOf(session.getManagedEntities(entity)).stream().filter(which).forEach(entityManager::detach);
    }

    /** Detaches every managed entity of that class. */
    static void evictAll(EntityManager entityManager, Class<?> entity) {
        evict(entityManager, entity, row -> true);
    }
}
