package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.persistence.jpa.Records.lostReason;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the transactions of a standalone store, on H2")
class TransactionsTest {

    @RegisterExtension
    static final StorePerClass opened = StorePerClass.on(Databases::h2);

    private final JpaCrmStore store = opened.get();
    private final TenantId tenant = CrmFixture.freshTenant();
    private final List<String> log = new ArrayList<>();

    private Transactions transactions() {
        return store.transactions();
    }

    @Test
    @DisplayName("after-commit actions run once the work is committed, in registration order")
    void afterCommit() {
        String result = transactions().inTransaction(() -> {
            transactions().afterCommit(() -> log.add("first, sees " + store.lostReasons().all(tenant).size()));
            transactions().afterCommit(() -> log.add("second"));
            store.lostReasons().add(lostReason(tenant, "Price"));
            log.add("work done");
            return "result";
        });

        assertThat(result).isEqualTo("result");
        assertThat(log).containsExactly("work done", "first, sees 1", "second");
    }

    @Test
    @DisplayName("after-commit actions never run when the work fails, and its writes are rolled back")
    void noAfterCommitOnRollback() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            transactions().afterCommit(() -> log.add("after commit"));
            store.lostReasons().add(lostReason(tenant, "Price"));
            throw new IllegalStateException("the work fails");
        })).hasMessage("the work fails");

        assertThat(log).isEmpty();
        assertThat(store.lostReasons().all(tenant)).isEmpty();
    }

    @Test
    @DisplayName("a nested unit of work joins the open transaction and commits with it")
    void nestedJoins() {
        transactions().inTransaction(() -> {
            transactions().inTransaction(() -> store.lostReasons().add(lostReason(tenant, "Price")));
            transactions().afterCommit(() -> log.add("outer committed"));
            assertThat(log).as("nothing runs when the nested unit ends").isEmpty();
            return store.lostReasons().add(lostReason(tenant, "Timing"));
        });

        assertThat(log).containsExactly("outer committed");
        assertThat(store.lostReasons().all(tenant)).hasSize(2);
    }

    @Test
    @DisplayName("a failed nested unit dooms the whole transaction even when the outer work carries on")
    void failedNestedUnitDoomsTransaction() {
        store.lostReasons().add(lostReason(tenant, "Price"));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            store.lostReasons().add(lostReason(tenant, "Timing"));
            try {
                store.lostReasons().add(lostReason(tenant, "PRICE"));
            } catch (ConflictException expected) {
                log.add("caught " + expected.code());
            }
            transactions().afterCommit(() -> log.add("after commit"));
            return null;
        })).isInstanceOf(CrmException.class);

        assertThat(log).containsExactly("caught lost-reason.name-taken");
        assertThat(store.lostReasons().all(tenant)).hasSize(1);
    }

    @Test
    @DisplayName("an after-commit action outside any transaction is refused")
    void afterCommitNeedsTransaction() {
        assertThatThrownBy(() -> transactions().afterCommit(() -> log.add("never")))
                .isInstanceOf(IllegalStateException.class);
    }
}
