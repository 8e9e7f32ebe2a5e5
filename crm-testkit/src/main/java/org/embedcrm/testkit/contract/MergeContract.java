package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.UpdateDeal;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.merge.ContactsMerged;
import org.embedcrm.core.merge.LinkedKind;
import org.embedcrm.core.merge.MergeContacts;
import org.embedcrm.core.merge.MergeField;
import org.embedcrm.core.merge.MergePreview;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.RelatedContact;
import org.embedcrm.core.party.RelationshipType;
import org.embedcrm.core.party.Tag;
import org.embedcrm.spi.party.LinkedRecords;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.FaultInjectingStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of contact merges: the set-based {@code reassign*} methods of the deal, lead, interaction, activity,
 * relationship and contact ports, and the {@link org.embedcrm.core.merge.Tombstones} port.
 */
public abstract class MergeContract extends StoreContract {

    /** A duplicate pair with something of everything linked to the source. */
    private final class Duplicates {
        final Contact globex;
        final Contact source;
        final Contact target;
        final Contact colleague;
        final Deal deal;
        final Tag vip;
        final Lead referred;

        Duplicates(Crm crm) {
            globex = crm.contacts().create(aCompany().build());
            vip = crm.contactSettings().defineTag("VIP-" + System.nanoTime(), null);
            source = crm.contacts().create(ContactInput.person("Ann", "Smith").email("ann.smith." + System.nanoTime()
                    + "@example.org").phone("+32 470 12 34 56").website("https://ann.example").industry("Retail")
                    .tag(vip.id()).starRating(2).build());
            target = crm.contacts().create(ContactInput.person("Anne", "Smith").email("anne." + System.nanoTime()
                    + "@example.org").industry("Wholesale").build());
            colleague = crm.contacts().create(aPerson().build());
            crm.contacts().linkToCompany(source.id(), globex.id(), "Buyer");
            Pipeline sales = aPipeline().createIn(crm);
            deal = aDeal().in(sales).openIn(crm);
            UpdateDeal current = UpdateDeal.of(deal);
            crm.deals().update(new UpdateDeal(deal.id(), current.title(), null, null, null, null, null, source.id(),
                    null, current.expectedVersion()));
            crm.interactions().log(LogInteraction.call(source.id(), "Call with Ann").withParticipants(
                    Set.of(target.id(), colleague.id())));
            crm.activities().plan(PlanActivity.task("Send Ann the offer",
                    fixture.clock().instant().plus(Duration.ofDays(1))).forContact(source.id()));
            RelationshipType knows = crm.contactSettings().defineRelationshipType("Knows-" + System.nanoTime(),
                    "Known by");
            crm.relationships().relate(source.id(), knows.id(), colleague.id());
            crm.relationships().relate(source.id(), knows.id(), target.id());
            crm.relationships().relate(colleague.id(), knows.id(), target.id());
            referred = crm.leads().create(new LeadInput("Referred by Ann", null, null, null, null, null, null, null,
                    source.id(), null, null, false, false)).lead();
        }
    }

    @Nested
    @DisplayName("finding duplicates")
    class Finding {

        @Test
        @DisplayName("a planted duplicate is found among the contacts, and for the one record, with its evidence")
        void planted() {
            Contact ann = crm().contacts().create(ContactInput.person("Ann", "Smith").phone("+32 470 11 22 33")
                    .email("ann.smith." + System.nanoTime() + "@example.org").build());
            Contact copy = crm().contacts().create(ContactInput.person("Anne", "Smith").phone("0470 11 22 33")
                    .email("a.smith." + System.nanoTime() + "@example.org").build());
            crm().contacts().create(ContactInput.person("Bob", "Jones").phone("+32 471 99 88 77")
                    .email("bob." + System.nanoTime() + "@example.org").build());

            var report = crm().duplicates().find(org.embedcrm.core.party.ContactFilter.activeContacts(),
                    org.embedcrm.core.merge.DuplicateCriteria.persons());
            var pairs = crm().duplicates().duplicatesOf(copy.id(), org.embedcrm.core.merge.DuplicateCriteria.persons());

            assertThat(report.pairs()).singleElement().satisfies(p -> assertThat(Set.of(p.first().value(),
                    p.second().value())).containsExactlyInAnyOrder(ann.id().toString(), copy.id().toString()));
            assertThat(pairs).singleElement().satisfies(p -> assertThat(p.evidence().explain()).isNotBlank());
        }
    }

    @Nested
    @DisplayName("the preview")
    class Preview {

        @Test
        @DisplayName("lists every field conflict and every record that would move, host records included")
        void preview() {
            Duplicates d = new Duplicates(crm());
            fixture.hostRecords().invoices(d.source.id().value(), 3);

            MergePreview preview = crm().merges().preview(d.source.id(), d.target.id());

            assertThat(preview.conflicts()).extracting(c -> c.field(), c -> c.targetValue(), c -> c.sourceValue())
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(MergeField.FIRST_NAME, "Anne", "Ann"),
                            org.assertj.core.groups.Tuple.tuple(MergeField.INDUSTRY, "Wholesale", "Retail"));
            assertThat(preview.moves()).containsEntry(LinkedKind.DEALS, 1L).containsEntry(LinkedKind.INTERACTIONS, 1L)
                    .containsEntry(LinkedKind.ACTIVITIES, 1L).containsEntry(LinkedKind.RELATIONSHIPS, 1L)
                    .containsEntry(LinkedKind.COMPANY_LINKS, 1L).containsEntry(LinkedKind.EMAILS, 1L)
                    .containsEntry(LinkedKind.PHONES, 1L).containsEntry(LinkedKind.TAGS, 1L);
            assertThat(preview.hostRecords()).containsExactly(new LinkedRecords("invoice", 3));
            assertThat(crm().contacts().get(d.source.id()).version()).isEqualTo(
                    crm().contacts().get(d.source.id()).version());
        }

        @Test
        @DisplayName("refuses a contact merged into itself, and a person into a company")
        void refused() {
            Contact ann = crm().contacts().create(aPerson().build());
            Contact globex = crm().contacts().create(aCompany().build());

            assertThatCrmError(() -> crm().merges().preview(ann.id(), ann.id())).isA(ValidationException.class)
                    .hasViolation("target", "merge.same-contact");
            assertThatCrmError(() -> crm().merges().merge(MergeContacts.of(ann.id(), globex.id())))
                    .isA(RuleViolationException.class).hasCode("merge.type-mismatch");
        }
    }

    @Nested
    @DisplayName("the merge")
    class Merge {

        @Test
        @DisplayName("keeps the target's values unless asked, fills its empty fields, and unions the lists")
        void fields() {
            Duplicates d = new Duplicates(crm());

            Contact merged = crm().merges().merge(MergeContacts.of(d.source.id(), d.target.id())
                    .takingFromSource(MergeField.INDUSTRY));

            assertThat(merged.id()).isEqualTo(d.target.id());
            assertThat(merged.profile().firstName()).isEqualTo("Anne");
            assertThat(merged.profile().industry()).isEqualTo("Retail");
            assertThat(merged.profile().website()).isEqualTo("https://ann.example");
            assertThat(merged.rating().stars()).isEqualTo(2);
            assertThat(merged.profile().emails()).extracting(EmailAddress::value)
                    .containsExactlyInAnyOrder(d.source.profile().emails().get(0).value(),
                            d.target.profile().emails().get(0).value());
            assertThat(merged.profile().phones()).hasSize(1);
            assertThat(merged.tags()).containsExactly(d.vip.id());
            assertThat(merged.employments()).extracting(e -> e.company()).containsExactly(d.globex.id());
        }

        @Test
        @DisplayName("moves every linked record, drops self-links and duplicates, and removes the source")
        void links() {
            Duplicates d = new Duplicates(crm());
            fixture.hostRecords().invoices(d.source.id().value(), 3);

            crm().merges().merge(MergeContacts.of(d.source.id(), d.target.id()));

            assertThat(crm().deals().get(d.deal.id()).terms().customer()).isEqualTo(d.target.id());
            assertThat(crm().leads().get(d.referred.id()).details().referent()).isEqualTo(d.target.id());
            assertThat(crm().timeline().page(TimelineQuery.of(RecordRef.of(d.target.id()))
                    .only(Set.of(TimelineKind.INTERACTION, TimelineKind.ACTIVITY))).items())
                    .extracting(TimelineItem::title).containsExactlyInAnyOrder("Call: Call with Ann",
                            "Task: Send Ann the offer");
            List<RelatedContact> related = crm().relationships().relatedTo(d.target.id());
            assertThat(related).extracting(RelatedContact::other).containsExactly(d.colleague.id());
            assertThat(crm().contacts().employees(d.globex.id())).extracting(Contact::id)
                    .containsExactly(d.target.id());
            assertThat(fixture.hostRecords().invoicesOf(d.target.id().value())).isEqualTo(3);
            assertThatCrmError(() -> crm().contacts().get(d.source.id())).isA(NotFoundException.class);
        }

        @Test
        @DisplayName("leaves a tombstone: the old id resolves to the target; the target's history tells the merge")
        void tombstone() {
            Duplicates d = new Duplicates(crm());
            Contact third = crm().contacts().create(aPerson().build());

            crm().merges().merge(MergeContacts.of(d.source.id(), d.target.id()));
            crm().merges().merge(MergeContacts.of(d.target.id(), third.id()));

            assertThat(crm().merges().resolve(d.source.id()).id()).isEqualTo(third.id());
            assertThat(crm().merges().resolve(third.id()).id()).isEqualTo(third.id());
            assertThat(crm().timeline().page(TimelineQuery.of(RecordRef.of(third.id()))
                    .only(Set.of(TimelineKind.MERGE))).items()).extracting(i -> i.attributes().get("to"))
                    .containsExactly(d.target.id().toString(), d.source.id().toString());
            assertThat(crm().timeline().page(TimelineQuery.of(RecordRef.of(third.id()))
                    .only(Set.of(TimelineKind.CHANGE))).items()).extracting(TimelineItem::subject)
                    .contains(RecordRef.of(d.source.id()), RecordRef.of(d.target.id()));
            assertThat(fixture.events().eventsOf(ContactsMerged.class)).hasSize(2)
                    .first().satisfies(e -> assertThat(e.moved()).containsEntry(LinkedKind.DEALS, 1L));
            assertThatCrmError(() -> crm().merges().resolve(new org.embedcrm.core.party.ContactId(
                    java.util.UUID.randomUUID()))).isA(NotFoundException.class);
        }

        @Test
        @DisplayName("forgets the health score of the contact merged away and keeps the target's")
        void healthScore() {
            Contact source = crm().contacts().create(ContactInput.company("Globex " + System.nanoTime())
                    .role(ContactRole.CUSTOMER).email("office." + System.nanoTime() + "@globex.example").build());
            Contact target = crm().contacts().create(ContactInput.company("Globex NV " + System.nanoTime())
                    .role(ContactRole.CUSTOMER).email("info." + System.nanoTime() + "@globex.example").build());
            crm().health().refresh(source.id());
            var kept = crm().health().refresh(target.id());

            crm().merges().merge(MergeContacts.of(source.id(), target.id()));

            assertThat(crm().health().score(source.id())).isEmpty();
            assertThat(crm().health().score(target.id())).contains(kept);
        }

        @Test
        @DisplayName("refuses contacts changed since the preview")
        void stale() {
            Duplicates d = new Duplicates(crm());
            long version = crm().contacts().get(d.target.id()).version();
            crm().contacts().rate(d.target.id(), 1);

            assertThatCrmError(() -> crm().merges().merge(MergeContacts.of(d.source.id(), d.target.id())
                    .expectingVersions(crm().contacts().get(d.source.id()).version(), version)))
                    .isA(ConflictException.class).hasCode("stale-version");
            assertThat(crm().contacts().get(d.source.id())).isNotNull();
        }

        @Test
        @DisplayName("a failure injected at any write leaves both contacts and their links exactly as they were")
        void failureAtEveryStep() {
            FaultInjectingStore faults = FaultInjectingStore.around(store());
            CrmFixture faulty = CrmFixture.on(faults.store());
            Duplicates d = new Duplicates(faulty.crm());
            Contact sourceBefore = faulty.crm().contacts().get(d.source.id());
            Contact targetBefore = faulty.crm().contacts().get(d.target.id());
            int step = 0;
            while (true) {
                faults.failAtWrite(++step);
                Throwable failure = catchThrowable(() -> faulty.crm().merges().merge(
                        MergeContacts.of(d.source.id(), d.target.id())));
                if (failure == null) {
                    break;
                }
                assertThat(failure).isInstanceOf(FaultInjectingStore.InjectedFault.class);
                faults.heal();
                assertThat(faulty.crm().contacts().get(d.source.id()).snapshot()).isEqualTo(sourceBefore.snapshot());
                assertThat(faulty.crm().contacts().get(d.target.id()).snapshot()).isEqualTo(targetBefore.snapshot());
                assertThat(faulty.crm().deals().get(d.deal.id()).terms().customer()).isEqualTo(d.source.id());
                assertThat(faulty.crm().relationships().relatedTo(d.source.id())).hasSize(2);
                assertThat(faulty.crm().contacts().employees(d.globex.id())).extracting(Contact::id)
                        .containsExactly(d.source.id());
            }
            faults.heal();
            assertThat(step).as("writes of one merge").isGreaterThan(8);
            assertThat(faulty.crm().merges().resolve(d.source.id()).id()).isEqualTo(d.target.id());
        }
    }
}
