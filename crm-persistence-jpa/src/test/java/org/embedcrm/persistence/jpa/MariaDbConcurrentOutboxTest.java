package org.embedcrm.persistence.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("two nodes delivering the outbox at once on MariaDB")
@RequiresServer(Server.MARIADB)
class MariaDbConcurrentOutboxTest extends ConcurrentOutboxTest {

    @RegisterExtension
    static final StorePerClass nodeA = StorePerClass.on(Databases::mariadb);

    @RegisterExtension
    static final StorePerClass nodeB = StorePerClass.on(Databases::mariadb);

    @Override
    protected JpaCrmStore nodeA() {
        return nodeA.get();
    }

    @Override
    protected JpaCrmStore nodeB() {
        return nodeB.get();
    }
}
