package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.HealthContract;

class InMemoryHealthTest extends HealthContract {

    private final CrmStore store = new InMemoryCrmStore();

    @Override
    protected CrmStore store() {
        return store;
    }
}
