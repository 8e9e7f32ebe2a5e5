package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.LeadMergeContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the LeadMerge contract on MariaDB")
@RequiresServer(Server.MARIADB)
class MariaDbLeadMergeContractTest extends LeadMergeContract {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::mariadb);

    @Override
    protected CrmStore store() {
        return store.get();
    }
}
