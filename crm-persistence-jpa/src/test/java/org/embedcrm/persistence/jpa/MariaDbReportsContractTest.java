package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.ReportsContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the Reports contract on MariaDB")
@RequiresServer(Server.MARIADB)
class MariaDbReportsContractTest extends ReportsContract {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::mariadb);

    @Override
    protected CrmStore store() {
        return store.get();
    }
}
