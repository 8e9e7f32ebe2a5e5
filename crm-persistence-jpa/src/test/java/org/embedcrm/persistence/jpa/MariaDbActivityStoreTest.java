package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the JPA store's activity context on MariaDB")
@RequiresServer(Server.MARIADB)
class MariaDbActivityStoreTest extends JpaActivityStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::mariadb);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
