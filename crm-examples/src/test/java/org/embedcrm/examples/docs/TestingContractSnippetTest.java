package org.embedcrm.examples.docs;

import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.contract.PipelinesContract;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The contract snippet of {@code docs/testing.md}: a store passes the Pipelines contract in a dozen lines. */
@DisplayName("docs/testing.md: extending a contract")
class TestingContractSnippetTest {

    @Nested
    @DisplayName("the Pipelines contract on my store")
    class MyStorePipelinesTest extends PipelinesContract {

        private static final CrmStore STORE = new InMemoryCrmStore(); // your store here

        @Override
        protected CrmStore store() {
            return STORE;
        }
    }
}
