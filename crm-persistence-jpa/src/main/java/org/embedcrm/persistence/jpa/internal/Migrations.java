package org.embedcrm.persistence.jpa.internal;

import javax.sql.DataSource;
import org.embedcrm.core.error.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a database's EmbedCRM tables up to date with Flyway, apart from any Flyway set-up of the host's own. */
public final class Migrations {

    /** Where the scripts live; a host's own Flyway never scans it. */
    static final String LOCATION = "classpath:db/embedcrm/migration";
    /** Our own history table, so the host's {@code flyway_schema_history} is never touched. */
    static final String HISTORY_TABLE = "embedcrm_schema_history";

    private Migrations() {
    }

    /**
     * Applies the pending migrations; does nothing when the schema is current.
     *
     * @param dataSource the database; never null
     * @throws org.embedcrm.core.error.CrmException when the database is not supported or a migration fails
     */
    public static void migrate(DataSource dataSource) {
        Database database = Database.of(dataSource);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .table(HISTORY_TABLE)
                    .placeholders(database.placeholders())
                    // The host's tables usually share the schema; without a baseline Flyway refuses a
                    // non-empty schema that has no history table of ours yet. Version 0 still runs V1.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(StoreException.FAILED,
                    "EmbedCRM's database migration failed: " + e.getMessage(), e);
        }
    }
}
