package org.embedcrm.core.port;

import java.util.function.Supplier;

/**
 * Runs a unit of work in one transaction. Implementations join a transaction already open on the current thread
 * (a host's transaction) and otherwise open, commit or roll back their own.
 */
public interface Transactions {

    /**
     * @param work the unit of work; never null
     * @param <T>  what the work returns
     * @return what the work returned, after the transaction committed (or joined the caller's)
     * @throws RuntimeException what the work threw, after rolling back (or marking the caller's transaction
     *                          rollback-only)
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Registers an action to run once the current transaction commits; it never runs when the transaction rolls
     * back. Actions run on the committing thread, in registration order.
     *
     * @param action the action; never null
     * @throws IllegalStateException when no transaction is active on this thread
     */
    void afterCommit(Runnable action);
}
