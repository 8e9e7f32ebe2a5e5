package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.shared.TenantId;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;

/**
 * Set-based changes of child tables that JPQL cannot address (element collections are no entities), in the native
 * SQL that H2, PostgreSQL and MariaDB share. The caller flushes first and evicts the entities whose child rows
 * changed afterwards (see {@link Evictions}).
 */
final class ChildTables {

    private ChildTables() {
    }

    /**
     * @param condition an SQL condition on the table's rows, which may use {@code :from} and {@code :to}
     * @return how many rows of the tenant went
     */
    static int delete(EntityManager entityManager, String table, TenantId tenant, RecordRef from, RecordRef to,
                      String condition) {
        return execute(entityManager, "delete from " + table + " where tenant_id = :tenant and " + condition,
                tenant, from.id(), to.id());
    }

    /** @return how many rows of the tenant had {@code from} in that column and have {@code to} now */
    static int move(EntityManager entityManager, String table, String column, TenantId tenant, RecordRef from,
                    RecordRef to) {
        return execute(entityManager, "update " + table + " set " + column + " = :to where tenant_id = :tenant and "
                + column + " = :from", tenant, from.id(), to.id());
    }

    private static int execute(EntityManager entityManager, String sql, TenantId tenant, UUID from, UUID to) {
        MutationQuery query = entityManager.unwrap(Session.class).createNativeMutationQuery(sql)
                .setParameter("tenant", tenant.value());
        if (sql.contains(":from")) {
            query.setParameter("from", from, UUID.class);
        }
        if (sql.contains(":to")) {
            query.setParameter("to", to, UUID.class);
        }
        return query.executeUpdate();
    }
}
