package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import java.util.List;
import org.embedcrm.core.error.AccessDeniedException;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.RelationshipType;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.shared.Permission;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.party.Tags} and {@link org.embedcrm.core.party.ContactStatuses} ports. */
public abstract class ContactSettingsContract extends StoreContract {

    @Nested
    @DisplayName("tags")
    class Tags {

        @Test
        @DisplayName("a tag name is unique in the tenant regardless of case; tags are listed by name")
        void unique() {
            crm().contactSettings().defineTag("VIP", "#ffd700");
            crm().contactSettings().defineTag("fair", null);

            assertThatCrmError(() -> crm().contactSettings().defineTag("vip", null))
                    .isA(ConflictException.class).hasCode("tag.name-taken");
            assertThat(crm().contactSettings().tags()).extracting(Tag::name).containsExactly("fair", "VIP");
            assertThat(crm().contactSettings().tags().get(1).color().hex()).isEqualTo("#FFD700");
        }

        @Test
        @DisplayName("a tag on a contact cannot be deleted; an unused one can")
        void deleteRules() {
            Tag used = crm().contactSettings().defineTag("VIP", null);
            Tag unused = crm().contactSettings().defineTag("Old", null);
            crm().contacts().create(aPerson().tag(used.id()).build());

            assertThatCrmError(() -> crm().contactSettings().deleteTag(used.id()))
                    .isA(RuleViolationException.class).hasCode("tag.in-use");
            crm().contactSettings().deleteTag(unused.id());
            assertThat(crm().contactSettings().tags()).extracting(Tag::id).containsExactly(used.id());
        }
    }

    @Nested
    @DisplayName("contact statuses")
    class Statuses {

        @Test
        @DisplayName("statuses keep their order, which reordering changes")
        void order() {
            ContactStatus a = crm().contactSettings().defineStatus("New", null);
            ContactStatus b = crm().contactSettings().defineStatus("Contacted", "#42A5F5");
            ContactStatus c = crm().contactSettings().defineStatus("Customer", null);

            crm().contactSettings().reorderStatuses(List.of(c.id(), a.id(), b.id()));

            assertThat(crm().contactSettings().statuses()).extracting(ContactStatus::name, ContactStatus::displayOrder)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Customer", 0),
                            org.assertj.core.groups.Tuple.tuple("New", 1),
                            org.assertj.core.groups.Tuple.tuple("Contacted", 2));
            assertThatCrmError(() -> crm().contactSettings().reorderStatuses(List.of(a.id())))
                    .hasCode("validation.failed");
        }

        @Test
        @DisplayName("a status in use cannot be deleted; deleting another closes the gap in the order")
        void deleteRules() {
            ContactStatus a = crm().contactSettings().defineStatus("New", null);
            ContactStatus b = crm().contactSettings().defineStatus("Contacted", null);
            ContactStatus c = crm().contactSettings().defineStatus("Customer", null);
            crm().contacts().create(aPerson().status(c.id()).build());

            assertThatCrmError(() -> crm().contactSettings().deleteStatus(c.id()))
                    .isA(RuleViolationException.class).hasCode("contact-status.in-use");
            crm().contactSettings().deleteStatus(a.id());
            assertThat(crm().contactSettings().statuses()).extracting(ContactStatus::id, ContactStatus::displayOrder)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(b.id(), 0),
                            org.assertj.core.groups.Tuple.tuple(c.id(), 1));
        }

        @Test
        @DisplayName("a status name is unique in the tenant regardless of case")
        void unique() {
            crm().contactSettings().defineStatus("New", null);

            assertThatCrmError(() -> crm().contactSettings().defineStatus(" NEW ", null))
                    .isA(ConflictException.class).hasCode("contact-status.name-taken");
        }
    }

    @Nested
    @DisplayName("relationship types and permissions")
    class TypesAndPermissions {

        @Test
        @DisplayName("relationship types are unique by name and listed by name")
        void types() {
            crm().contactSettings().defineRelationshipType("Referral", "Referred by");
            crm().contactSettings().defineRelationshipType("Partner", null);

            assertThat(crm().contactSettings().relationshipTypes()).extracting(RelationshipType::name,
                    RelationshipType::labelFromTarget).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Partner", "Partner"),
                    org.assertj.core.groups.Tuple.tuple("Referral", "Referred by"));
            assertThatCrmError(() -> crm().contactSettings().defineRelationshipType("partner", null))
                    .hasCode("relationship-type.name-taken");
        }

        @Test
        @DisplayName("changing these lists needs MANAGE_CONTACT_SETTINGS")
        void permission() {
            CrmFixture guarded = CrmFixture.on(store(),
                    (actor, tenant, permission) -> permission != Permission.MANAGE_CONTACT_SETTINGS);

            assertThatCrmError(() -> guarded.crm().contactSettings().defineTag("VIP", null))
                    .isA(AccessDeniedException.class);
            assertThatCrmError(() -> guarded.crm().customerGroups().define("G", "G", null, null, 0))
                    .isA(AccessDeniedException.class);
            assertThat(guarded.crm().contactSettings().tags()).isEmpty();
        }
    }
}
