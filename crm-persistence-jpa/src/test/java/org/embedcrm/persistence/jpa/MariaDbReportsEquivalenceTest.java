package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the report queries on MariaDB against the in-memory reference")
@RequiresServer(Server.MARIADB)
class MariaDbReportsEquivalenceTest extends ReportsEquivalenceTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::mariadb);

    @Override
    protected CrmStore store() {
        return store.get();
    }
}
