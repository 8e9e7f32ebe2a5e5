package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the JPA store's activity context on H2")
class H2ActivityStoreTest extends JpaActivityStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
