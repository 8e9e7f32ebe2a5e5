package org.embedcrm.testkit.inmemory;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/**
 * Rows of one kind of record: versioned, owned by a tenant, optionally unique on a key within the tenant; the
 * in-memory counterpart of a table with a version column and a unique constraint.
 *
 * @param <I> the id type
 * @param <R> the record type
 */
final class VersionedTable<I, R> {

    /** How a record type maps onto a table. */
    record Mapping<I, R>(String kind, Function<R, I> id, Function<R, TenantId> tenant, ToLongFunction<R> version,
                         BiFunction<R, Long, R> withVersion, List<UniqueKey<R>> uniqueKeys) {
    }

    /**
     * A unique key within the tenant; records whose key is null are not constrained (like NULLs in a unique index).
     *
     * @param key  the key of a record, or null
     * @param code the conflict code when two records share it
     */
    record UniqueKey<R>(Function<R, String> key, String code) {
    }

    private final TransactionalMap<I, R> rows;
    private final Mapping<I, R> mapping;

    VersionedTable(InMemoryTransactions transactions, Mapping<I, R> mapping) {
        this.rows = new TransactionalMap<>(transactions);
        this.mapping = mapping;
    }

    Optional<R> find(TenantId tenant, I id) {
        return rows.get(id).filter(r -> mapping.tenant().apply(r).equals(tenant));
    }

    Stream<R> all(TenantId tenant) {
        return rows.values().stream().filter(r -> mapping.tenant().apply(r).equals(tenant));
    }

    R add(R record) {
        I id = mapping.id().apply(record);
        if (mapping.version().applyAsLong(record) != 0) {
            throw new IllegalArgumentException("only a new " + mapping.kind() + " (version 0) can be added: " + id);
        }
        if (rows.get(id).isPresent()) {
            throw new ConflictException(mapping.kind() + ".exists", mapping.kind() + " " + id + " is stored already", null);
        }
        return store(record, 0);
    }

    R update(R record) {
        R stored = current(record);
        return store(record, mapping.version().applyAsLong(stored) + 1);
    }

    /** Rewrites a stored record without a new version (a set-based update that versions do not see). */
    void replace(R record) {
        rows.put(mapping.id().apply(record), record);
    }

    void remove(R record) {
        current(record);
        rows.remove(mapping.id().apply(record));
    }

    private R current(R record) {
        I id = mapping.id().apply(record);
        long version = mapping.version().applyAsLong(record);
        R stored = find(mapping.tenant().apply(record), id)
                .orElseThrow(() -> ConflictException.staleVersion(mapping.kind(), id, version));
        if (mapping.version().applyAsLong(stored) != version) {
            throw ConflictException.staleVersion(mapping.kind(), id, version);
        }
        return stored;
    }

    private R store(R record, long version) {
        I id = mapping.id().apply(record);
        for (UniqueKey<R> unique : mapping.uniqueKeys()) {
            String key = unique.key().apply(record);
            if (key == null) {
                continue;
            }
            all(mapping.tenant().apply(record))
                    .filter(other -> !mapping.id().apply(other).equals(id) && key.equals(unique.key().apply(other)))
                    .findFirst().ifPresent(other -> {
                        throw new ConflictException(unique.code(), "another " + mapping.kind() + " has the same " + key, null);
                    });
        }
        R stored = mapping.withVersion().apply(record, version);
        rows.put(mapping.id().apply(stored), stored);
        return stored;
    }
}
