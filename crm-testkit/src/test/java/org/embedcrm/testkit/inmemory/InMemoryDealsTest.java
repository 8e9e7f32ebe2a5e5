package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.DealsContract;

class InMemoryDealsTest extends DealsContract {

    private final CrmStore store = new InMemoryCrmStore();

    @Override
    protected CrmStore store() {
        return store;
    }
}
