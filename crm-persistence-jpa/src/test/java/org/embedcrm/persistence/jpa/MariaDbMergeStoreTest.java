package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the JPA store's merge moves on MariaDB")
@RequiresServer(Server.MARIADB)
class MariaDbMergeStoreTest extends JpaMergeStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::mariadb);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
