package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the JPA store's activity context on PostgreSQL")
@RequiresServer(Server.POSTGRESQL)
class PostgresActivityStoreTest extends JpaActivityStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::postgres);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
