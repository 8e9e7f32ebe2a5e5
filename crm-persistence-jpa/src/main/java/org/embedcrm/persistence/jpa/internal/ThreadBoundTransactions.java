package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.embedcrm.core.error.StoreException;
import org.embedcrm.core.port.Transactions;

/**
 * Resource-local transactions of an {@link EntityManagerFactory} EmbedCRM owns: the outermost
 * {@link #inTransaction} opens an {@link EntityManager} bound to the current thread, and nested calls on that thread
 * join it. Thread-safe; each thread has its own transaction.
 */
public final class ThreadBoundTransactions implements Transactions {

    private final EntityManagerFactory factory;
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();

    /** @param factory where each transaction's entity manager comes from; never null */
    public ThreadBoundTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        UnitOfWork joined = current.get();
        if (joined != null) {
            return joined.join(work);
        }
        UnitOfWork unit = new UnitOfWork(factory.createEntityManager());
        current.set(unit);
        T result;
        try {
            result = unit.run(work);
        } finally {
            current.remove();
            unit.entityManager.close();
        }
        // Unbound first, so an action that starts a transaction of its own gets a fresh one.
        unit.afterCommit();
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        UnitOfWork unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("no EmbedCRM transaction is active on this thread");
        }
        unit.actions.add(action);
    }

    /** @return the entity manager of the transaction active on the calling thread */
    public EntityManager currentEntityManager() {
        UnitOfWork unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("no EmbedCRM transaction is active on this thread");
        }
        return unit.entityManager;
    }

    private static final class UnitOfWork {

        private final EntityManager entityManager;
        private final List<Runnable> actions = new ArrayList<>();
        private RuntimeException joinedFailure;

        UnitOfWork(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        <T> T run(Supplier<T> work) {
            EntityTransaction transaction = entityManager.getTransaction();
            try {
                transaction.begin();
                T result = work.get();
                if (joinedFailure != null) {
                    // Hibernate would roll back silently here; the caller must learn that nothing was kept.
                    throw new StoreException(StoreException.ROLLED_BACK, "the transaction was rolled back because a"
                            + " unit of work inside it failed: " + joinedFailure.getMessage(), joinedFailure);
                }
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                rollBack(transaction, e);
                throw translated(e);
            } catch (Error e) {
                rollBack(transaction, e);
                throw e;
            }
        }

        <T> T join(Supplier<T> work) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                // The outermost caller commits; whatever it does with this failure, the transaction must not.
                RuntimeException failure = translated(e);
                if (joinedFailure == null) {
                    joinedFailure = failure;
                }
                throw failure;
            }
        }

        void afterCommit() {
            RuntimeException first = null;
            for (Runnable action : actions) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }

        private static RuntimeException translated(RuntimeException error) {
            return error instanceof PersistenceException failure ? PersistenceErrors.translate(failure) : error;
        }

        private static void rollBack(EntityTransaction transaction, Throwable failure) {
            try {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
