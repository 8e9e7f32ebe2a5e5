package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;

import java.util.UUID;
import org.embedcrm.core.deal.DefineLostReason;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.deal.LostReasons} port. */
public abstract class LostReasonsContract extends StoreContract {

    @Nested
    @DisplayName("the list of lost reasons")
    class TheList {

        @Test
        @DisplayName("reasons are stored with their flags and listed by name")
        void listed() {
            crm().lostReasons().define(DefineLostReason.named("Timing"));
            crm().lostReasons().define(DefineLostReason.named("competitor").withNote());
            crm().lostReasons().define(DefineLostReason.named("Budget"));

            assertThat(crm().lostReasons().all()).extracting(LostReason::name, LostReason::requiresNote,
                            LostReason::active)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Budget", false, true),
                            org.assertj.core.groups.Tuple.tuple("competitor", true, true),
                            org.assertj.core.groups.Tuple.tuple("Timing", false, true));
        }

        @Test
        @DisplayName("a name is unique in the tenant regardless of case, in the service and in the store")
        void uniqueName() {
            LostReason budget = crm().lostReasons().define(DefineLostReason.named("Budget"));

            assertThatCrmError(() -> crm().lostReasons().define(DefineLostReason.named("BUDGET")))
                    .isA(ConflictException.class).hasCode("lost-reason.name-taken");
            LostReason clash = new LostReason(new LostReasonId(UUID.randomUUID()), budget.tenant(), 0, "budget ",
                    true, false);
            assertThatCrmError(() -> fixture.inTransaction(() -> store().lostReasons().add(clash)))
                    .isA(ConflictException.class).hasCode("lost-reason.name-taken");
        }

        @Test
        @DisplayName("a reason is deactivated and reactivated, never deleted")
        void deactivate() {
            LostReason budget = crm().lostReasons().define(DefineLostReason.named("Budget"));

            LostReason inactive = crm().lostReasons().setActive(budget.id(), false);

            assertThat(inactive.active()).isFalse();
            assertThat(inactive.version()).isGreaterThan(budget.version());
            assertThat(crm().lostReasons().all()).singleElement().satisfies(r -> assertThat(r.active()).isFalse());
            assertThat(crm().lostReasons().setActive(budget.id(), true).active()).isTrue();
        }

        @Test
        @DisplayName("a stale write is refused by the store")
        void stale() {
            LostReason budget = crm().lostReasons().define(DefineLostReason.named("Budget"));
            crm().lostReasons().setActive(budget.id(), false);

            assertThatCrmError(() -> fixture.inTransaction(() -> store().lostReasons().update(budget)))
                    .isA(ConflictException.class).hasCode("stale-version");
        }

        @Test
        @DisplayName("other tenants neither see a reason nor can change it")
        void isolation() {
            LostReason budget = crm().lostReasons().define(DefineLostReason.named("Budget"));

            fixture.context().switchTenant(CrmFixture.freshTenant());

            assertThat(crm().lostReasons().all()).isEmpty();
            assertThatCrmError(() -> crm().lostReasons().setActive(budget.id(), false))
                    .isA(NotFoundException.class).hasCode("lost-reason.not-found");
            LostReason sameNameElsewhere = crm().lostReasons().define(DefineLostReason.named("Budget"));
            assertThat(sameNameElsewhere.id()).isNotEqualTo(budget.id());
        }
    }
}
