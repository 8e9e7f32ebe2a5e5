package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import java.math.BigDecimal;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.CustomerGroupStatistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.party.CustomerGroups} port. */
public abstract class CustomerGroupsContract extends StoreContract {

    @Nested
    @DisplayName("customer groups")
    class Groups {

        @Test
        @DisplayName("groups keep their fields and are listed by priority, highest first")
        void stored() {
            crm().customerGroups().define("Retail", "ret", null, null, 1);
            CustomerGroup wholesale = crm().customerGroups().define("Wholesale", "WHS", "Resellers",
                    new BigDecimal("7.5"), 10);

            assertThat(crm().customerGroups().all()).extracting(CustomerGroup::code).containsExactly("WHS", "RET");
            CustomerGroup read = crm().customerGroups().all().get(0);
            assertThat(read).isEqualTo(wholesale);
            assertThat(read.discount()).isEqualByComparingTo("7.50");
            assertThat(read.description()).isEqualTo("Resellers");
        }

        @Test
        @DisplayName("a code is unique in the tenant regardless of case")
        void uniqueCode() {
            crm().customerGroups().define("Wholesale", "WHS", null, null, 1);

            assertThatCrmError(() -> crm().customerGroups().define("Other", "whs", null, null, 1))
                    .isA(ConflictException.class).hasCode("customer-group.code-taken");
        }

        @Test
        @DisplayName("a discount is 0 to 100 percent")
        void discountRange() {
            assertThatCrmError(() -> crm().customerGroups().define("Too much", "X", null, new BigDecimal("100.01"), 1))
                    .hasCode("validation.failed");
        }

        @Test
        @DisplayName("no one is put in an inactive group, but its members keep it when edited")
        void inactiveGroup() {
            CustomerGroup old = crm().customerGroups().define("Old", "OLD", null, null, 1);
            var member = crm().contacts().create(aPerson().customerGroup(old.id()).build());
            crm().customerGroups().update(new CustomerGroup(old.id(), old.tenant(), old.version(), old.name(),
                    old.code(), null, null, old.priority(), false));

            assertThatCrmError(() -> crm().contacts().create(aPerson().customerGroup(old.id()).build()))
                    .isA(RuleViolationException.class).hasCode("customer-group.inactive");
            var edited = crm().contacts().update(member.id(),
                    org.embedcrm.core.party.ContactInput.of(member).starRating(3).build(), null);
            assertThat(edited.terms().customerGroup()).isEqualTo(old.id());
        }

        @Test
        @DisplayName("a group with customers cannot be deleted, and the statistics count them")
        void deleteAndStatistics() {
            CustomerGroup wholesale = crm().customerGroups().define("Wholesale", "WHS", null, new BigDecimal("5"), 1);
            CustomerGroup retail = crm().customerGroups().define("Retail", "RET", null, null, 1);
            CustomerGroup old = crm().customerGroups().define("Old", "OLD", null, BigDecimal.ZERO, 1);
            crm().customerGroups().update(new CustomerGroup(old.id(), old.tenant(), old.version(), old.name(),
                    old.code(), null, old.discount(), old.priority(), false));
            crm().contacts().create(aPerson().customerGroup(wholesale.id()).build());
            crm().contacts().create(aPerson().customerGroup(wholesale.id()).build());

            assertThatCrmError(() -> crm().customerGroups().delete(wholesale.id()))
                    .isA(RuleViolationException.class).hasCode("customer-group.in-use");
            assertThat(crm().customerGroups().statistics()).isEqualTo(new CustomerGroupStatistics(3, 2, 1, 2));
            crm().customerGroups().delete(retail.id());
            assertThat(crm().customerGroups().all()).hasSize(2);
        }
    }
}
