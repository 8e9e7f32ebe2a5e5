package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.DashboardPropertyContract;

class InMemoryDashboardPropertyTest extends DashboardPropertyContract {

    private final CrmStore store = new InMemoryCrmStore();

    @Override
    protected CrmStore store() {
        return store;
    }
}
