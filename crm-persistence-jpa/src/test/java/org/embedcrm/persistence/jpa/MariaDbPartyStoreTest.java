package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the JPA store's contacts and their settings on MariaDB")
@RequiresServer(Server.MARIADB)
class MariaDbPartyStoreTest extends JpaPartyStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::mariadb);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
