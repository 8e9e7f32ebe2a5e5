package org.embedcrm.testkit.inmemory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A map whose writes are undone when the transaction they were made in rolls back. */
final class TransactionalMap<K, V> {

    private final Map<K, V> entries = new LinkedHashMap<>();
    private final InMemoryTransactions transactions;

    TransactionalMap(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    Collection<V> values() {
        return entries.values();
    }

    void put(K key, V value) {
        V previous = entries.put(key, value);
        transactions.onRollback(() -> restore(key, previous));
    }

    void remove(K key) {
        V previous = entries.remove(key);
        transactions.onRollback(() -> restore(key, previous));
    }

    private void restore(K key, V previous) {
        if (previous == null) {
            entries.remove(key);
        } else {
            entries.put(key, previous);
        }
    }
}
