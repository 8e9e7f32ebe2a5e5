package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the JPA store's merge moves on PostgreSQL")
@RequiresServer(Server.POSTGRESQL)
class PostgresMergeStoreTest extends JpaMergeStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::postgres);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
