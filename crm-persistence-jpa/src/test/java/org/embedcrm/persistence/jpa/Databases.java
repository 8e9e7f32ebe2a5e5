package org.embedcrm.persistence.jpa;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The databases the tests run against. */
final class Databases {

    private Databases() {
    }

    /** @return a new, empty in-memory H2 database, kept until the JVM ends */
    static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:embedcrm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    /** @return the shared PostgreSQL test database; only call it from a class marked {@link RequiresServer} */
    static DataSource postgres() {
        return Server.POSTGRESQL.dataSource();
    }

    /** @return the shared MariaDB test database; only call it from a class marked {@link RequiresServer} */
    static DataSource mariadb() {
        return Server.MARIADB.dataSource();
    }
}
