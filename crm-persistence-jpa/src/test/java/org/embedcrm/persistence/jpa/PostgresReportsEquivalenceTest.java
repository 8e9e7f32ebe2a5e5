package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the report queries on PostgreSQL against the in-memory reference")
@RequiresServer(Server.POSTGRESQL)
class PostgresReportsEquivalenceTest extends ReportsEquivalenceTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::postgres);

    @Override
    protected CrmStore store() {
        return store.get();
    }
}
