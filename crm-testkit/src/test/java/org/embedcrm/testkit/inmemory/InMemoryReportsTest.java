package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.ReportsContract;

class InMemoryReportsTest extends ReportsContract {

    private final CrmStore store = new InMemoryCrmStore();

    @Override
    protected CrmStore store() {
        return store;
    }
}
