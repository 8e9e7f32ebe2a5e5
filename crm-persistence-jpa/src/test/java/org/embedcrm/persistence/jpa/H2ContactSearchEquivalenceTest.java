package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("contact search on H2, against the in-memory store")
class H2ContactSearchEquivalenceTest extends ContactSearchEquivalenceTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }

    @Override
    protected int examples() {
        return 35;
    }
}
