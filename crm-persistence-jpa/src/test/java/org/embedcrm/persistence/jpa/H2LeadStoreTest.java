package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the JPA store's leads on H2")
class H2LeadStoreTest extends JpaLeadStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
