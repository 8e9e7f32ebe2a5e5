package org.embedcrm.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.embedcrm.core.shared.TenantId;

/** Counts, in plain SQL, the rows that searches for duplicates left in {@code embedcrm_duplicate_keys}. */
final class DuplicateKeyRows {

    private DuplicateKeyRows() {
    }

    /** @return the committed rows of the tenant's searches */
    static long of(DataSource dataSource, TenantId tenant) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from embedcrm_duplicate_keys where tenant_id = ?")) {
            count.setString(1, tenant.value());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
