package org.embedcrm.persistence.jpa;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.ContactSearchContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the contact search contract on PostgreSQL")
@RequiresServer(Server.POSTGRESQL)
class PostgresContactSearchContractTest extends ContactSearchContract {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::postgres);

    @Override
    protected CrmStore store() {
        return store.get();
    }
}
