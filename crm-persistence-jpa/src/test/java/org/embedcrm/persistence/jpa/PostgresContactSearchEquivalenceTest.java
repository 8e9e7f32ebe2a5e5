package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("contact search on PostgreSQL, against the in-memory store")
@RequiresServer(Server.POSTGRESQL)
class PostgresContactSearchEquivalenceTest extends ContactSearchEquivalenceTest {

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::postgres);

    @Override
    protected JpaCrmStore store() {
        return store.get();
    }

    @Override
    protected int examples() {
        return 12;
    }
}
