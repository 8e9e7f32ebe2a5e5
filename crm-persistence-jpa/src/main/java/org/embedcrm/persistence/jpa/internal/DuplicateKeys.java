package org.embedcrm.persistence.jpa.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;
import org.hibernate.query.NativeQuery;

/**
 * The rows of {@code embedcrm_duplicate_keys} that one search for duplicates filed: each contact under each of its
 * blocking keys. Native SQL that H2, PostgreSQL and MariaDB share, through a {@link SideSession}: no entity, so
 * nothing lands in a persistence context.
 */
final class DuplicateKeys {

    /** Rows per insert statement: five parameters each, well below every database's limit. */
    static final int ROWS_PER_INSERT = 500;

    private static final String INSERT = "insert into embedcrm_duplicate_keys (search_id, tenant_id, block_key,"
            + " contact_id, sort_key) values ";
    // Every n-th key in key order: the bounds of pages of about n rows that each hold whole keys. The pages are then
    // plain ranges of the primary key, which every database reads well whatever its statistics of this table say.
    private static final String BOUNDS = """
            select block_key from (
                select block_key, row_number() over (order by block_key) as n
                from embedcrm_duplicate_keys where search_id = :search and tenant_id = :tenant) numbered
            where mod(n, :rows) = 0
            order by block_key""";
    private static final String PAGE = """
            select block_key, contact_id, sort_key from embedcrm_duplicate_keys
            where search_id = :search and tenant_id = :tenant%s
            order by block_key, contact_id""";
    // A slice of one key in sort-key order: a range of ix_embedcrm_duplicate_keys_sorted. A contact's sort key ends
    // with its id, so the sort key alone orders the key's rows and marks where the next slice starts.
    private static final String SLICE = """
            select block_key, contact_id, sort_key from embedcrm_duplicate_keys
            where search_id = :search and tenant_id = :tenant and block_key = :key%s
            order by sort_key""";

    private final UUID search;
    private final TenantId tenant;

    /**
     * @param search the search's id, new for each search
     * @param tenant the tenant it searches
     */
    DuplicateKeys(UUID search, TenantId tenant) {
        this.search = search;
        this.tenant = tenant;
    }

    /**
     * One contact filed under one key.
     *
     * @param key     the blocking key
     * @param contact the contact's id
     * @param sortKey the contact's place in an oversized block, {@link org.embedcrm.core.merge.DuplicateFinder#sortKey}
     */
    record FiledKey(String key, UUID contact, String sortKey) {
    }

    /** Files the rows, {@value #ROWS_PER_INSERT} per statement. */
    void add(Session session, List<FiledKey> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<FiledKey> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            MutationQuery insert = session.createNativeMutationQuery(INSERT + String.join(", ",
                    Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)")));
            int position = 1;
            for (FiledKey row : chunk) {
                insert.setParameter(position++, search, UUID.class);
                insert.setParameter(position++, tenant.value());
                insert.setParameter(position++, row.key());
                insert.setParameter(position++, row.contact(), UUID.class);
                insert.setParameter(position++, row.sortKey());
            }
            insert.executeUpdate();
        }
    }

    /**
     * @param rows about how many rows a page should hold
     * @return the distinct keys that start the pages after the first, in key order; empty for a single page
     */
    List<String> pageBounds(Session session, int rows) {
        return session.createNativeQuery(BOUNDS, String.class)
                .setParameter("search", search, UUID.class)
                .setParameter("tenant", tenant.value())
                .setParameter("rows", rows)
                .getResultList().stream().distinct().toList();
    }

    /**
     * @param from    the first key of the page; null for the first page
     * @param to      the first key of the next page; null for the last page
     * @param skipped keys of the page whose rows to leave out; never null
     * @return the page's rows in order of key, then contact
     */
    List<FiledKey> page(Session session, String from, String to, Collection<String> skipped) {
        String range = (from == null ? "" : " and block_key >= :from") + (to == null ? "" : " and block_key < :to")
                + (skipped.isEmpty() ? "" : " and block_key not in (:skipped)");
        NativeQuery<Object[]> page = rows(session, PAGE.formatted(range));
        if (from != null) {
            page.setParameter("from", from);
        }
        if (to != null) {
            page.setParameter("to", to);
        }
        if (!skipped.isEmpty()) {
            page.setParameterList("skipped", skipped);
        }
        return filed(page);
    }

    /**
     * @param key   a blocking key
     * @param after the sort key of the previous slice's last row; null for the first slice
     * @param limit the most rows of the slice
     * @return the key's next rows in order of sort key
     */
    List<FiledKey> slice(Session session, String key, String after, int limit) {
        NativeQuery<Object[]> slice = rows(session, SLICE.formatted(after == null ? "" : " and sort_key > :after"))
                .setParameter("key", key);
        if (after != null) {
            slice.setParameter("after", after);
        }
        return filed(slice.setMaxResults(limit));
    }

    /**
     * @param key   a blocking key
     * @param limit the most contacts to return
     * @return contacts filed under that key
     */
    List<UUID> sharing(Session session, String key, int limit) {
        return rows(session, """
                select block_key, contact_id from embedcrm_duplicate_keys
                where search_id = :search and tenant_id = :tenant and block_key = :key
                order by contact_id""")
                .setParameter("key", key)
                .setMaxResults(limit).getResultList().stream().map(row -> (UUID) row[1]).toList();
    }

    /** @return the keys under which more than {@code count} contacts are filed */
    Set<String> sharedByMoreThan(Session session, int count) {
        return session.createNativeQuery("""
                        select block_key from embedcrm_duplicate_keys
                        where search_id = :search and tenant_id = :tenant
                        group by block_key having count(*) > :count""", String.class)
                .setParameter("search", search, UUID.class)
                .setParameter("tenant", tenant.value())
                .setParameter("count", count)
                .getResultList().stream().collect(Collectors.toUnmodifiableSet());
    }

    /** @return per key of the search starting with the prefix that two or more contacts share, their number */
    Map<BlockingKey, Integer> blockSizes(Session session, String prefix) {
        Map<BlockingKey, Integer> sizes = new HashMap<>();
        session.createNativeQuery("""
                        select block_key, count(*) from embedcrm_duplicate_keys
                        where search_id = :search and tenant_id = :tenant and block_key like :prefix escape '!'
                        group by block_key having count(*) > 1""", Object[].class)
                .setParameter("search", search, UUID.class)
                .setParameter("tenant", tenant.value())
                .setParameter("prefix", LikePatterns.startingWith(prefix))
                .getResultList()
                .forEach(row -> sizes.put(BlockingKey.of((String) row[0]), ((Number) row[1]).intValue()));
        return sizes;
    }

    /** Deletes every row of the search. */
    void deleteAll(Session session) {
        session.createNativeMutationQuery(
                        "delete from embedcrm_duplicate_keys where search_id = :search and tenant_id = :tenant")
                .setParameter("search", search, UUID.class)
                .setParameter("tenant", tenant.value())
                .executeUpdate();
    }

    private static List<FiledKey> filed(NativeQuery<Object[]> rows) {
        return rows.addScalar("sort_key", String.class).getResultList().stream()
                .map(row -> new FiledKey((String) row[0], (UUID) row[1], (String) row[2])).toList();
    }

    private NativeQuery<Object[]> rows(Session session, String sql) {
        return session.createNativeQuery(sql, Object[].class)
                .addScalar("block_key", String.class)
                .addScalar("contact_id", UUID.class)
                .setParameter("search", search, UUID.class)
                .setParameter("tenant", tenant.value());
    }
}
