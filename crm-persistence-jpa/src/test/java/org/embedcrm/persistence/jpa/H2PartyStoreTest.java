package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the JPA store's contacts and their settings on H2")
class H2PartyStoreTest extends JpaPartyStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
