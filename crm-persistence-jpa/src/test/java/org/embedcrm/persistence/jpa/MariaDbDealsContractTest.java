package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.DealsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("the Deals contract on MariaDB")
@RequiresServer(Server.MARIADB)
class MariaDbDealsContractTest extends DealsContract {

    private static JpaCrmStore store;

    @BeforeAll
    static void open() {
        store = Databases.validatingStore(Databases.mariadb()).build();
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
