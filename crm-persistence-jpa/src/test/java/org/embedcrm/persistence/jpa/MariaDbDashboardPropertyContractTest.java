package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.DashboardPropertyContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the dashboard property on MariaDB")
@RequiresServer(Server.MARIADB)
class MariaDbDashboardPropertyContractTest extends DashboardPropertyContract {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::mariadb);

    @Override
    protected CrmStore store() {
        return store.get();
    }

    // Each example opens a pipeline and up to 25 deals on the server; a few examples keep the build fast.
    @Override
    protected int examples() {
        return 8;
    }
}
