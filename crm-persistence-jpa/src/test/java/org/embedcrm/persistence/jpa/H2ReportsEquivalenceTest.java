package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the report queries on H2 against the in-memory reference")
class H2ReportsEquivalenceTest extends ReportsEquivalenceTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2);

    @Override
    protected CrmStore store() {
        return store.get();
    }
}
