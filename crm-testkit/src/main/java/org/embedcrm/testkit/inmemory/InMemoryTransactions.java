package org.embedcrm.testkit.inmemory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.embedcrm.core.error.StoreException;
import org.embedcrm.core.port.Transactions;

/**
 * Serialisable transactions over in-memory maps: one transaction at a time (a global lock), every write
 * registers how to undo itself, and a failing unit of work is rolled back by running the undo actions in reverse.
 * As with a database, a unit of work that fails inside another marks the whole transaction for rollback, even
 * when the outer work catches the error.
 */
final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    private static final class Unit {
        private final Deque<Runnable> undo = new ArrayDeque<>();
        private final List<Runnable> afterCommit = new ArrayList<>();
        private boolean rollbackOnly;

        private void rollBack() {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Unit joined = current.get();
        if (joined != null) {
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                joined.rollbackOnly = true;
                throw e;
            }
        }
        Unit unit = new Unit();
        T result;
        lock.lock();
        current.set(unit);
        try {
            result = work.get();
            if (unit.rollbackOnly) {
                unit.rollBack();
                throw new StoreException(StoreException.ROLLED_BACK, "the transaction was rolled back because a"
                        + " unit of work inside it failed; the error was caught, but its changes cannot be kept", null);
            }
        } catch (RuntimeException | Error e) {
            unit.rollBack();
            throw e;
        } finally {
            current.remove();
            lock.unlock();
        }
        unit.afterCommit.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        active().afterCommit.add(action);
    }

    /** Registers how to undo a write made in the current transaction. */
    void onRollback(Runnable undo) {
        active().undo.push(undo);
    }

    private Unit active() {
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("no transaction is active on this thread; call through Transactions.inTransaction");
        }
        return unit;
    }
}
