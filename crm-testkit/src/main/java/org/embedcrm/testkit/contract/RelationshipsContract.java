package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.RelatedContact;
import org.embedcrm.core.party.Relationship;
import org.embedcrm.core.party.RelationshipType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.party.Relationships} port. */
public abstract class RelationshipsContract extends StoreContract {

    @Nested
    @DisplayName("relationships between contacts")
    class Links {

        @Test
        @DisplayName("a relationship is seen from both sides, with the inverse label from the target")
        void bothSides() {
            RelationshipType referral = crm().contactSettings().defineRelationshipType("Referral", "Referred by");
            Contact ada = crm().contacts().create(aPerson().build());
            Contact initech = crm().contacts().create(aCompany().build());

            crm().relationships().relate(ada.id(), referral.id(), initech.id());

            assertThat(crm().relationships().relatedTo(ada.id())).extracting(RelatedContact::other, RelatedContact::label)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(initech.id(), "Referral"));
            assertThat(crm().relationships().relatedTo(initech.id())).extracting(RelatedContact::other,
                    RelatedContact::label).containsExactly(org.assertj.core.groups.Tuple.tuple(ada.id(), "Referred by"));
        }

        @Test
        @DisplayName("no contact is related to itself and no link is made twice, in either direction")
        void noSelfNoDuplicate() {
            RelationshipType partner = crm().contactSettings().defineRelationshipType("Partner", null);
            Contact a = crm().contacts().create(aCompany().build());
            Contact b = crm().contacts().create(aCompany().build());
            crm().relationships().relate(a.id(), partner.id(), b.id());

            assertThatCrmError(() -> crm().relationships().relate(a.id(), partner.id(), a.id()))
                    .isA(RuleViolationException.class).hasCode("relationship.self");
            assertThatCrmError(() -> crm().relationships().relate(b.id(), partner.id(), a.id()))
                    .isA(ConflictException.class).hasCode("relationship.duplicate");
        }

        @Test
        @DisplayName("the store itself refuses a duplicate link, and a related contact cannot be deleted until unlinked")
        void storeAndDelete() {
            RelationshipType partner = crm().contactSettings().defineRelationshipType("Partner", null);
            Contact a = crm().contacts().create(aCompany().build());
            Contact b = crm().contacts().create(aCompany().build());
            Relationship link = crm().relationships().relate(a.id(), partner.id(), b.id());
            Relationship mirror = new Relationship(new org.embedcrm.core.party.RelationshipId(java.util.UUID.randomUUID()),
                    link.tenant(), partner.id(), b.id(), a.id(), link.createdAt(), link.createdBy());

            assertThatCrmError(() -> fixture.inTransaction(() -> store().relationships().add(mirror)))
                    .hasCode("relationship.duplicate");
            assertThatCrmError(() -> crm().contacts().delete(a.id())).hasCode("contact.has-linked-records");
            crm().relationships().unrelate(link.id());
            crm().contacts().delete(a.id());
            assertThat(crm().relationships().relatedTo(b.id())).isEmpty();
        }
    }
}
