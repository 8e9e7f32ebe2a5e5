package org.embedcrm.examples.docs;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.embedcrm.core.port.Transactions;

/**
 * The unit of work of a host without a framework, exactly as {@code docs/persistence.md} shows it: one entity
 * manager and resource-local transaction per thread, which EmbedCRM joins.
 */
final class HostTransactions implements Transactions {

    private record Unit(EntityManager entityManager, List<Runnable> afterCommit) {
    }

    private final EntityManagerFactory factory;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    HostTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The entity manager of the transaction open on this thread. */
    EntityManager currentEntityManager() {
        return unit().entityManager();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get(); // join the transaction already open on this thread
        }
        Unit unit = new Unit(factory.createEntityManager(), new ArrayList<>());
        current.set(unit);
        T result;
        try {
            unit.entityManager().getTransaction().begin();
            result = work.get();
            unit.entityManager().getTransaction().commit();
        } finally {
            if (unit.entityManager().getTransaction().isActive()) {
                unit.entityManager().getTransaction().rollback();
            }
            current.remove();
            unit.entityManager().close();
        }
        unit.afterCommit().forEach(Runnable::run); // committed, and no longer bound to this thread
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        unit().afterCommit().add(action);
    }

    private Unit unit() {
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("no transaction is open on this thread");
        }
        return unit;
    }
}
