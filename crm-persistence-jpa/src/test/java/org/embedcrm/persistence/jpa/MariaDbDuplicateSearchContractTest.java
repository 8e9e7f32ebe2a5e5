package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.testkit.contract.DuplicateSearchContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the DuplicateSearch contract on MariaDB")
@RequiresServer(Server.MARIADB)
class MariaDbDuplicateSearchContractTest extends DuplicateSearchContract {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::mariadb);

    @Override
    protected CrmStore store() {
        return store.get();
    }

    @Override
    protected long rowsFiledForSearches(TenantId tenant) {
        return DuplicateKeyRows.of(store.dataSource(), tenant);
    }
}
