package org.embedcrm.testkit.inmemory;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.DuplicateSearchContract;

class InMemoryDuplicateSearchTest extends DuplicateSearchContract {

    private final CrmStore store = new InMemoryCrmStore();

    @Override
    protected CrmStore store() {
        return store;
    }
}
