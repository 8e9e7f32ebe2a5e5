package org.embedcrm.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The yardstick for the import: the same rows written with plain JDBC batch inserts into a scratch table of one row
 * per contact, committed in chunks of the same size as the import's, no checks, no child tables.
 */
final class PlainInsert {

    private static final String TABLE = "io_bench_scratch";

    private PlainInsert() {
    }

    /**
     * Creates the scratch table, inserts the rows, and drops the table again.
     *
     * @return the nanoseconds the inserts and commits took
     */
    static long time(DataSource dataSource, List<ImportRow> rows, int chunk) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table if exists " + TABLE);
                ddl.execute("create table " + TABLE + " (id uuid primary key, first_name varchar(100), last_name"
                        + " varchar(100), email varchar(254), phone varchar(64), country char(2), language char(2),"
                        + " roles varchar(50), rating int)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into " + TABLE
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    ImportRow r = rows.get(i);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, r.firstName());
                    insert.setString(3, r.lastName());
                    insert.setString(4, r.email());
                    insert.setString(5, r.phone());
                    insert.setString(6, r.country());
                    insert.setString(7, r.language());
                    insert.setString(8, r.role());
                    insert.setInt(9, r.rating());
                    insert.addBatch();
                    if ((i + 1) % chunk == 0 || i == rows.size() - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            long nanos = System.nanoTime() - start;
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table " + TABLE);
            }
            return nanos;
        }
    }
}
