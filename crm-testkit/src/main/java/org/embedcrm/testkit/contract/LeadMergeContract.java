package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.DealDraft;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadFilter;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.LeadMergeField;
import org.embedcrm.core.merge.LeadMergePreview;
import org.embedcrm.core.merge.LeadsMerged;
import org.embedcrm.core.merge.LinkedKind;
import org.embedcrm.core.merge.MergeLeads;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.shared.Money;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.FaultInjectingStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of lead merges: {@link org.embedcrm.core.lead.Leads#reassignOpportunities},
 * {@link org.embedcrm.core.lead.Leads#remove}, the set-based {@code reassign} of interactions and activities for
 * leads, and lead tombstones.
 */
public abstract class LeadMergeContract extends StoreContract {

    /** Two leads for one prospect, with a deal opened from each and history on the source. */
    private final class Duplicates {
        final Lead source;
        final Lead target;
        final Deal sourceDeal;
        final Deal targetDeal;
        final Contact referent;

        Duplicates(Crm crm) {
            referent = crm.contacts().create(ContactInput.person("Rita", "Referrer")
                    .email("rita." + UUID.randomUUID() + "@example.org").build());
            String email = "ann." + UUID.randomUUID() + "@globex.example";
            source = crm.leads().create(new LeadInput("Globex pilot", "Met at the fair", "Ann Smith", email,
                    "+32 470 12 34 56", "Globex", Money.of("5000", "EUR"), null, referent.id(), null, null, true,
                    false)).lead();
            target = crm.leads().create(LeadInput.titled("Globex rollout").company("Globex Europe")
                    .worth(Money.of("8000", "EUR"))).lead();
            Pipeline sales = aPipeline().createIn(crm);
            sourceDeal = crm.leads().createOpportunity(source.id(), DealDraft.in(sales.id()));
            targetDeal = crm.leads().createOpportunity(target.id(), DealDraft.in(sales.id()));
            crm.interactions().log(LogInteraction.call(referent.id(), "Call about the pilot").aboutLead(source.id()));
            crm.activities().plan(PlanActivity.task("Send the pilot offer",
                    fixture.clock().instant().plus(Duration.ofDays(1))).forLead(source.id()));
        }

        Lead source(Crm crm) {
            return crm.leads().get(source.id());
        }

        Lead target(Crm crm) {
            return crm.leads().get(target.id());
        }
    }

    @Nested
    @DisplayName("finding duplicate leads")
    class Finding {

        @Test
        @DisplayName("a lead typed in twice is found among the leads, and for the one lead, with its evidence")
        void planted() {
            String domain = "@globex" + UUID.randomUUID().toString().substring(0, 8) + ".example";
            Lead fair = crm().leads().create(LeadInput.titled("Met at the fair")
                    .contact("Ann Smith", "ann.smith" + domain, "+32 470 12 34 56")).lead();
            Lead web = crm().leads().create(LeadInput.titled("Web form")
                    .contact("Smith Anne", "a.smith" + domain, "0470 12 34 56")).lead();
            crm().leads().create(LeadInput.titled("Initech").contact("Bob Jones", null, "+32 471 99 88 77"));

            var report = crm().leadDuplicates().find(LeadFilter.allLeads(), DuplicateCriteria.persons());
            var pairs = crm().leadDuplicates().duplicatesOf(web.id(), DuplicateCriteria.persons());

            assertThat(report.pairs()).singleElement().satisfies(p -> assertThat(Set.of(p.first().value(),
                    p.second().value())).containsExactlyInAnyOrder(fair.id().toString(), web.id().toString()));
            assertThat(report.clusters()).hasSize(1);
            assertThat(pairs).singleElement().satisfies(p -> {
                assertThat(p.first().value()).isEqualTo(web.id().toString());
                assertThat(p.evidence().namesSwapped()).isTrue();
            });
            assertThatCrmError(() -> crm().leadDuplicates().duplicatesOf(new LeadId(UUID.randomUUID()),
                    DuplicateCriteria.persons())).isA(NotFoundException.class);
        }

        @Test
        @DisplayName("a lead is checked against the contacts it may already be, by phone, e-mail and name")
        void againstContacts() {
            String domain = "@initech" + UUID.randomUUID().toString().substring(0, 8) + ".example";
            Contact bob = crm().contacts().create(ContactInput.person("Bob", "Jonas")
                    .email("bob.jonas" + domain).phone("+32 471 99 88 77").build());
            crm().contacts().create(ContactInput.person("Carl", "Jonas")
                    .email("carl.jonas" + UUID.randomUUID() + "@elsewhere.example").build());
            Contact initech = crm().contacts().create(ContactInput.company("Initech " + domain.substring(8, 16))
                    .email("office" + domain).build());
            Lead byPhone = crm().leads().create(LeadInput.titled("Call back")
                    .contact("Bob Jonas", null, "0471 99 88 77")).lead();
            Lead byEmail = crm().leads().create(LeadInput.titled("Web form").company("Initech " + domain.substring(8, 16))
                    .contact(null, "office" + domain, null)).lead();

            assertThat(crm().leadDuplicates().contactsLike(byPhone.id(), DuplicateCriteria.persons()))
                    .extracting(p -> p.second().value()).containsExactly(bob.id().toString());
            assertThat(crm().leadDuplicates().contactsLike(byEmail.id(), DuplicateCriteria.organisations()))
                    .extracting(p -> p.second().value()).containsExactly(initech.id().toString());
        }
    }

    @Nested
    @DisplayName("the preview")
    class Preview {

        @Test
        @DisplayName("lists the field conflicts and the deals, interactions and activities that would move")
        void preview() {
            Duplicates d = new Duplicates(crm());
            long version = d.source(crm()).version();

            LeadMergePreview preview = crm().leadMerges().preview(d.source.id(), d.target.id());

            assertThat(preview.conflicts()).extracting(c -> c.field(), c -> c.targetValue(), c -> c.sourceValue())
                    .containsExactly(tuple(LeadMergeField.TITLE, "Globex rollout", "Globex pilot"),
                            tuple(LeadMergeField.COMPANY_NAME, "Globex Europe", "Globex"),
                            tuple(LeadMergeField.VALUE, "8000.00 EUR", "5000.00 EUR"));
            assertThat(preview.moves()).containsExactly(Map.entry(LinkedKind.DEALS, 1L),
                    Map.entry(LinkedKind.INTERACTIONS, 1L), Map.entry(LinkedKind.ACTIVITIES, 1L));
            assertThat(d.source(crm()).version()).isEqualTo(version);
        }

        @Test
        @DisplayName("refuses a lead merged into itself, a converted lead, and leads that do not exist")
        void refused() {
            Duplicates d = new Duplicates(crm());
            Lead converted = crm().leads().create(LeadInput.titled("Converted")
                    .contact("Bo Jones", "bo." + UUID.randomUUID() + "@example.org", null)).lead();
            crm().leads().convert(ConvertLead.of(converted.id(), "Bo Jones"));

            assertThatCrmError(() -> crm().leadMerges().preview(d.source.id(), d.source.id()))
                    .isA(ValidationException.class).hasViolation("target", "merge.same-lead");
            assertThatCrmError(() -> crm().leadMerges().merge(MergeLeads.of(converted.id(), d.target.id())))
                    .isA(RuleViolationException.class).hasCode("merge.lead-converted");
            assertThatCrmError(() -> crm().leadMerges().merge(MergeLeads.of(d.source.id(), converted.id())))
                    .isA(RuleViolationException.class).hasCode("merge.lead-converted");
            assertThatCrmError(() -> crm().leadMerges().preview(new LeadId(UUID.randomUUID()), d.target.id()))
                    .isA(NotFoundException.class);
            assertThat(crm().leads().get(converted.id()).isConverted()).isTrue();
        }
    }

    @Nested
    @DisplayName("the merge")
    class Merge {

        @Test
        @DisplayName("keeps the target's values unless asked, fills its empty fields and keeps either refusal")
        void fields() {
            Duplicates d = new Duplicates(crm());

            Lead merged = crm().leadMerges().merge(MergeLeads.of(d.source.id(), d.target.id())
                    .takingFromSource(LeadMergeField.VALUE));

            assertThat(merged.id()).isEqualTo(d.target.id());
            assertThat(merged.details().title()).isEqualTo("Globex rollout");
            assertThat(merged.details().companyName()).isEqualTo("Globex Europe");
            assertThat(merged.details().value()).isEqualTo(Money.of("5000", "EUR"));
            assertThat(merged.details().email()).isEqualTo(d.source.details().email());
            assertThat(merged.details().phone().e164()).isEqualTo("+32470123456");
            assertThat(merged.details().contactName()).isEqualTo("Ann Smith");
            assertThat(merged.details().description()).isEqualTo("Met at the fair");
            assertThat(merged.details().referent()).isEqualTo(d.referent.id());
            assertThat(merged.consent().callRejected()).isTrue();
            assertThat(merged.consent().emailRejected()).isFalse();
            assertThat(merged.status()).isEqualTo(d.target.status());
        }

        @Test
        @DisplayName("unions the deals, moves interactions and activities, and removes the source")
        void links() {
            Duplicates d = new Duplicates(crm());

            crm().leadMerges().merge(MergeLeads.of(d.source.id(), d.target.id()));

            assertThat(d.target(crm()).opportunities()).containsExactly(d.targetDeal.id(), d.sourceDeal.id());
            assertThat(crm().timeline().page(TimelineQuery.of(RecordRef.of(d.target.id()))
                    .only(Set.of(TimelineKind.INTERACTION, TimelineKind.ACTIVITY))).items())
                    .extracting(TimelineItem::title).containsExactlyInAnyOrder("Call: Call about the pilot",
                            "Task: Send the pilot offer");
            assertThatCrmError(() -> crm().leads().get(d.source.id())).isA(NotFoundException.class);
            assertThat(crm().deals().get(d.sourceDeal.id())).isNotNull();
        }

        @Test
        @DisplayName("the e-mail address of the lead merged away is free for the lead kept, and for new leads after")
        void email() {
            Duplicates d = new Duplicates(crm());

            Lead merged = crm().leadMerges().merge(MergeLeads.of(d.source.id(), d.target.id()));

            assertThatCrmError(() -> crm().leads().create(LeadInput.titled("Copy")
                    .contact("Ann", merged.details().email().value(), null)))
                    .isA(ConflictException.class).hasCode("lead.email-taken");
        }

        @Test
        @DisplayName("leaves a tombstone: the old id resolves to the target; the target's history tells the merge")
        void tombstone() {
            Duplicates d = new Duplicates(crm());
            Lead third = crm().leads().create(LeadInput.titled("Globex, third entry")).lead();

            crm().leadMerges().merge(MergeLeads.of(d.source.id(), d.target.id()));
            crm().leadMerges().merge(MergeLeads.of(d.target.id(), third.id()));

            assertThat(crm().leadMerges().resolve(d.source.id()).id()).isEqualTo(third.id());
            assertThat(crm().leadMerges().resolve(third.id()).id()).isEqualTo(third.id());
            assertThat(crm().leads().get(third.id()).opportunities()).containsExactly(d.targetDeal.id(),
                    d.sourceDeal.id());
            assertThat(crm().timeline().page(TimelineQuery.of(RecordRef.of(third.id()))
                    .only(Set.of(TimelineKind.MERGE))).items()).extracting(i -> i.attributes().get("to"))
                    .containsExactly(d.target.id().toString(), d.source.id().toString());
            assertThat(fixture.events().eventsOf(LeadsMerged.class)).hasSize(2)
                    .first().satisfies(e -> assertThat(e.moved()).containsEntry(LinkedKind.DEALS, 1L)
                            .containsEntry(LinkedKind.INTERACTIONS, 1L).containsEntry(LinkedKind.ACTIVITIES, 1L));
            assertThatCrmError(() -> crm().leadMerges().resolve(new LeadId(UUID.randomUUID())))
                    .isA(NotFoundException.class);
        }

        @Test
        @DisplayName("refuses leads changed since the preview")
        void stale() {
            Duplicates d = new Duplicates(crm());
            Lead sourceBefore = d.source(crm());
            long version = d.target(crm()).version();
            crm().leads().update(d.target.id(), LeadInput.of(d.target(crm())).company("Globex SA"), null);

            assertThatCrmError(() -> crm().leadMerges().merge(MergeLeads.of(d.source.id(), d.target.id())
                    .expectingVersions(d.source(crm()).version(), version)))
                    .isA(ConflictException.class).hasCode("stale-version");
            assertThat(d.source(crm()).snapshot()).isEqualTo(sourceBefore.snapshot());
        }

        @Test
        @DisplayName("a failure injected at any write leaves both leads and their links exactly as they were")
        void failureAtEveryStep() {
            FaultInjectingStore faults = FaultInjectingStore.around(store());
            CrmFixture faulty = CrmFixture.on(faults.store());
            Duplicates d = new Duplicates(faulty.crm());
            Lead sourceBefore = d.source(faulty.crm());
            Lead targetBefore = d.target(faulty.crm());
            int step = 0;
            while (true) {
                faults.failAtWrite(++step);
                Throwable failure = catchThrowable(() -> faulty.crm().leadMerges().merge(
                        MergeLeads.of(d.source.id(), d.target.id())));
                if (failure == null) {
                    break;
                }
                assertThat(failure).isInstanceOf(FaultInjectingStore.InjectedFault.class);
                faults.heal();
                assertThat(d.source(faulty.crm()).snapshot()).isEqualTo(sourceBefore.snapshot());
                assertThat(d.target(faulty.crm()).snapshot()).isEqualTo(targetBefore.snapshot());
                assertThat(faulty.crm().timeline().page(TimelineQuery.of(RecordRef.of(d.source.id()))
                        .only(Set.of(TimelineKind.INTERACTION, TimelineKind.ACTIVITY))).items()).hasSize(2);
            }
            faults.heal();
            assertThat(step).as("writes of one merge").isGreaterThan(4);
            assertThat(faulty.crm().leadMerges().resolve(d.source.id()).id()).isEqualTo(d.target.id());
        }
    }
}
