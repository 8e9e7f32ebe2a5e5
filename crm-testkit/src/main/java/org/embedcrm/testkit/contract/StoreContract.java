package org.embedcrm.testkit.contract;

import org.embedcrm.core.Crm;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.BeforeEach;

/** What every contract shares: the store under test and a fresh {@link CrmFixture} (and tenant) per test. */
public abstract class StoreContract {

    /** The fixture of the running test, on a fresh tenant. */
    protected CrmFixture fixture;

    /** @return the store under test; may be the same instance for every test */
    protected abstract CrmStore store();

    /** Creates the fixture of the next test. */
    @BeforeEach
    void newFixture() {
        fixture = CrmFixture.on(store());
    }

    /** @return the CRM of the running test */
    protected Crm crm() {
        return fixture.crm();
    }
}
