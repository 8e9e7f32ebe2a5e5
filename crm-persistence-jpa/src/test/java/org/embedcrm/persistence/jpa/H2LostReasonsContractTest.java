package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.LostReasonsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("the LostReasons contract on H2")
class H2LostReasonsContractTest extends LostReasonsContract {

    private static JpaCrmStore store;

    @BeforeAll
    static void open() {
        store = Databases.validatingStore(Databases.h2()).build();
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
