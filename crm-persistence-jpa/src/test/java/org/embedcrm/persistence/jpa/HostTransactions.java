package org.embedcrm.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.embedcrm.core.port.Transactions;

/**
 * A host application's side of a hosted store, as a framework such as Spring would provide it: the host opens,
 * commits and rolls back its own transactions on its own entity manager factory, and EmbedCRM only joins them.
 */
final class HostTransactions implements Transactions {

    private final EntityManagerFactory factory;
    private EntityManager current;
    private final List<Runnable> afterCommit = new ArrayList<>();

    HostTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    void begin() {
        current = factory.createEntityManager();
        current.getTransaction().begin();
    }

    void commit() {
        current.getTransaction().commit();
        end();
        afterCommit.forEach(Runnable::run);
        afterCommit.clear();
    }

    void rollback() {
        current.getTransaction().rollback();
        end();
        afterCommit.clear();
    }

    EntityManager currentEntityManager() {
        if (current == null) {
            throw new IllegalStateException("the host has no transaction open");
        }
        return current;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        currentEntityManager();
        return work.get();
    }

    @Override
    public void afterCommit(Runnable action) {
        currentEntityManager();
        afterCommit.add(action);
    }

    private void end() {
        current.close();
        current = null;
    }
}
