package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("teams, objectives and health scores in the JPA store on H2")
class H2ReportStoreTest extends JpaReportStoreTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }
}
