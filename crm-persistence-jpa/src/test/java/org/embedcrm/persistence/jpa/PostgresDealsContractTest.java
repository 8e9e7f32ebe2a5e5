package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.DealsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("the Deals contract on PostgreSQL")
@RequiresServer(Server.POSTGRESQL)
class PostgresDealsContractTest extends DealsContract {

    private static JpaCrmStore store;

    @BeforeAll
    static void open() {
        store = Databases.validatingStore(Databases.postgres()).build();
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected CrmStore store() {
        return store;
    }
}
