package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.util.List;
import org.embedcrm.core.activity.AuditChange;
import org.embedcrm.core.activity.AuditEntry;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.UpdateStage;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.fixture.PipelineBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.activity.AuditTrail} port, through the services that write it. */
public abstract class AuditTrailContract extends StoreContract {

    private List<AuditEntry> changes(RecordRef record) {
        return crm().timeline().changes(record, null, 100);
    }

    @Nested
    @DisplayName("what is recorded")
    class Recorded {

        @Test
        @DisplayName("a contact's creation, then each changed field with old and new value, actor and time")
        void contactFields() {
            Contact ann = crm().contacts().create(aPerson().build());
            fixture.clock().advance(java.time.Duration.ofMinutes(5));
            fixture.context().switchActor(UserRef.of("bob"));

            crm().contacts().update(ann.id(), ContactInput.of(ann).industry("Retail").starRating(2).build(),
                    ann.version());

            List<AuditEntry> entries = changes(RecordRef.of(ann.id()));
            assertThat(entries).extracting(AuditEntry::change, AuditEntry::field, AuditEntry::oldValue,
                            AuditEntry::newValue)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(AuditChange.UPDATED, "profile.industry", null, "Retail"),
                            org.assertj.core.groups.Tuple.tuple(AuditChange.UPDATED, "rating", "0", "2"),
                            org.assertj.core.groups.Tuple.tuple(AuditChange.CREATED, null, null, null));
            AuditEntry industry = entries.stream().filter(e -> "profile.industry".equals(e.field())).findFirst()
                    .orElseThrow();
            AuditEntry rating = entries.stream().filter(e -> "rating".equals(e.field())).findFirst().orElseThrow();
            assertThat(industry.actor()).isEqualTo(UserRef.of("bob"));
            assertThat(industry.at()).isEqualTo(fixture.clock().instant());
            assertThat(industry.personal()).isTrue();
            assertThat(rating.personal()).isFalse();
            assertThat(industry.changeSet()).isEqualTo(rating.changeSet());
            assertThat(entries.get(entries.size() - 1).change()).isEqualTo(AuditChange.CREATED);
        }

        @Test
        @DisplayName("an update that changes nothing records nothing; separate commands get separate change sets")
        void changeSets() {
            Contact ann = crm().contacts().create(aPerson().build());
            Contact same = crm().contacts().update(ann.id(), ContactInput.of(ann).build(), ann.version());
            crm().contacts().rate(ann.id(), 1);
            crm().contacts().rate(ann.id(), 3);

            List<AuditEntry> entries = changes(RecordRef.of(ann.id()));
            assertThat(entries).hasSize(3);
            assertThat(entries.get(0).changeSet()).isNotEqualTo(entries.get(1).changeSet());
            assertThat(same.version()).isGreaterThanOrEqualTo(ann.version());
        }

        @Test
        @DisplayName("a deal's stage move, and a stage's and pipeline's own changes, are recorded")
        void dealsAndStages() {
            Pipeline sales = aPipeline().withStages("New", "Offer").createIn(crm());
            Deal deal = aDeal().in(sales).openIn(crm());

            crm().deals().move(MoveDeal.to(deal.id(), PipelineBuilder.stage(sales, "Offer").id()));
            crm().pipelines().updateStage(UpdateStage.of(sales.id(), PipelineBuilder.stage(sales, "New"))
                    .renamed("Fresh"));

            assertThat(changes(RecordRef.of(deal.id()))).extracting(AuditEntry::field)
                    .contains("stage");
            assertThat(changes(RecordRef.of(PipelineBuilder.stage(sales, "New").id())))
                    .anySatisfy(e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.oldValue()).isEqualTo("New");
                        assertThat(e.newValue()).isEqualTo("Fresh");
                    });
            assertThat(changes(RecordRef.of(sales.id()))).extracting(AuditEntry::change)
                    .contains(AuditChange.CREATED);
        }

        @Test
        @DisplayName("a deleted contact leaves a deletion entry")
        void deletion() {
            Contact ann = crm().contacts().create(aPerson().build());

            crm().contacts().delete(ann.id());

            assertThat(changes(RecordRef.of(ann.id()))).first()
                    .satisfies(e -> assertThat(e.change()).isEqualTo(AuditChange.DELETED));
        }
    }

    @Nested
    @DisplayName("transactions and erasure")
    class Transactions {

        @Test
        @DisplayName("a change that rolls back leaves no audit entry")
        void rollback() {
            Contact ann = crm().contacts().create(aPerson().build());

            assertThatThrownBy(() -> fixture.inTransaction(() -> {
                crm().contacts().rate(ann.id(), 2);
                throw new IllegalStateException("the host's transaction fails after the change");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(changes(RecordRef.of(ann.id()))).extracting(AuditEntry::change)
                    .containsExactly(AuditChange.CREATED);
        }

        @Test
        @DisplayName("erasure blanks the personal values of a record's entries and keeps the rest")
        void erasure() {
            Contact ann = crm().contacts().create(aPerson().build());
            crm().contacts().update(ann.id(), ContactInput.of(ann).industry("Retail").starRating(2).build(),
                    ann.version());

            int erased = fixture.inTransaction(() -> store().auditTrail().erasePersonalValues(fixture.tenant(),
                    RecordRef.of(ann.id())));

            assertThat(erased).isEqualTo(1);
            List<AuditEntry> entries = changes(RecordRef.of(ann.id()));
            assertThat(entries).filteredOn(e -> "profile.industry".equals(e.field())).singleElement()
                    .satisfies(e -> {
                        assertThat(e.oldValue()).isNull();
                        assertThat(e.newValue()).isNull();
                        assertThat(e.personal()).isTrue();
                    });
            assertThat(entries).filteredOn(e -> "rating".equals(e.field())).singleElement()
                    .satisfies(e -> assertThat(e.newValue()).isEqualTo("2"));
        }
    }
}
