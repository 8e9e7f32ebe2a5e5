package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("teams, objectives and health scores in the JPA store on PostgreSQL")
@RequiresServer(Server.POSTGRESQL)
class PostgresReportStoreTest extends JpaReportStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::postgres);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
