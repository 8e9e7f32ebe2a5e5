package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Compares UUIDs in SQL as unsigned bytes, the order {@link RelationshipEntity#low} uses in Java. PostgreSQL and H2
 * order their uuid type that way; MariaDB orders its uuid type by rearranged fields for UUID versions 1 to 5, so
 * there both sides are compared as their 16 bytes.
 */
final class UuidOrder {

    private final boolean asBytes;

    private UuidOrder(boolean asBytes) {
        this.asBytes = asBytes;
    }

    /** @return the order for the database behind that entity manager */
    static UuidOrder of(EntityManager entityManager) {
        return new UuidOrder(entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect() instanceof MariaDBDialect);
    }

    /** @return an SQL expression of that uuid expression that sorts as unsigned bytes */
    String key(String uuidExpression) {
        return asBytes ? "cast(" + uuidExpression + " as binary(16))" : uuidExpression;
    }

    /** @return the parameter value to compare with {@link #key(String)} expressions */
    Object key(UUID value) {
        if (!asBytes) {
            return value;
        }
        return ByteBuffer.allocate(16).putLong(value.getMostSignificantBits())
                .putLong(value.getLeastSignificantBits()).array();
    }
}
