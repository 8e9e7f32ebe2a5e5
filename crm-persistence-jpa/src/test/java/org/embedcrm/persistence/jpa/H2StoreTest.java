package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("the JPA store on H2")
class H2StoreTest extends JpaStoreTest {

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
    protected JpaCrmStore store() {
        return store;
    }
}
