package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelinePage;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.party.Contact;
import org.embedcrm.spi.timeline.HostTimelineEntry;
import org.embedcrm.testkit.fixture.PipelineBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the timeline: the {@code timeline} methods of the interaction, activity and audit trail ports,
 * merged with the host's records.
 */
public abstract class TimelineContract extends StoreContract {

    private Instant ago(long minutes) {
        return fixture.clock().instant().minus(Duration.ofMinutes(minutes));
    }

    private TimelinePage page(TimelineQuery query) {
        return crm().timeline().page(query);
    }

    private List<TimelineItem> readAll(TimelineQuery query) {
        List<TimelineItem> all = new ArrayList<>();
        TimelinePage page = page(query);
        all.addAll(page.items());
        int pages = 1;
        while (page.nextPage().isPresent()) {
            page = page(query.after(page.next()));
            all.addAll(page.items());
            assertThat(++pages).as("pages").isLessThan(100);
        }
        return all;
    }

    private HostTimelineEntry invoice(Contact contact, String number, Instant at) {
        return new HostTimelineEntry(number, contact.id().value(), "invoice", at, "Invoice " + number, null,
                Map.of("amount", "100.00 EUR"));
    }

    @Nested
    @DisplayName("a contact's timeline")
    class ContactTimeline {

        @Test
        @DisplayName("merges interactions, activities, changes and host records, newest first")
        void merged() {
            Contact ann = crm().contacts().create(aPerson().build());
            fixture.clock().advance(Duration.ofHours(1));
            crm().interactions().log(LogInteraction.call(ann.id(), "Call").at(ago(30)));
            crm().activities().plan(PlanActivity.task("Send offer", ago(10)).forContact(ann.id()));
            fixture.hostTimeline().add(invoice(ann, "INV-1", ago(20)));
            crm().contacts().rate(ann.id(), 2);

            List<TimelineItem> items = page(TimelineQuery.of(RecordRef.of(ann.id()))).items();

            assertThat(items).extracting(TimelineItem::kind).containsExactly(TimelineKind.CHANGE,
                    TimelineKind.ACTIVITY, TimelineKind.HOST, TimelineKind.INTERACTION, TimelineKind.CHANGE);
            assertThat(items).extracting(TimelineItem::title)
                    .containsExactly("rating: 0 → 2", "Task: Send offer", "Invoice INV-1", "Call: Call", "Created");
            assertThat(items.get(2).attributes()).containsEntry("amount", "100.00 EUR");
        }

        @Test
        @DisplayName("pages of any size add up to the whole timeline, in order, without repeats or gaps")
        void paging() {
            Contact ann = crm().contacts().create(aPerson().build());
            fixture.clock().advance(Duration.ofHours(2));
            for (int i = 0; i < 7; i++) {
                crm().interactions().log(LogInteraction.note(ann.id(), "Note " + i).at(ago(100 - i * 10)));
                crm().activities().plan(PlanActivity.task("Task " + i, ago(95 - i * 10)).forContact(ann.id()));
                fixture.hostTimeline().add(invoice(ann, "INV-" + i, ago(100 - i * 10)));
                crm().contacts().rate(ann.id(), i % 4);
            }
            TimelineQuery query = TimelineQuery.of(RecordRef.of(ann.id()));
            List<TimelineItem> whole = page(query.limit(TimelineQuery.MAX_LIMIT)).items();

            for (int size : new int[] {1, 2, 3, 5, 8}) {
                assertThat(readAll(query.limit(size))).as("pages of " + size).isEqualTo(whole);
            }
            assertThat(whole).extracting(TimelineItem::position)
                    .isSortedAccordingTo(TimelineCursor.ORDER);
            assertThat(whole).hasSize(7 * 3 + 1 + 6);
        }

        @Test
        @DisplayName("keeps only the kinds asked for")
        void kinds() {
            Contact ann = crm().contacts().create(aPerson().build());
            crm().interactions().log(LogInteraction.call(ann.id(), "Call"));
            crm().contacts().rate(ann.id(), 1);

            assertThat(page(TimelineQuery.of(RecordRef.of(ann.id())).only(Set.of(TimelineKind.INTERACTION))).items())
                    .extracting(TimelineItem::kind).containsExactly(TimelineKind.INTERACTION);
            assertThat(readAll(TimelineQuery.of(RecordRef.of(ann.id())).only(Set.of(TimelineKind.CHANGE)).limit(1)))
                    .extracting(TimelineItem::kind).containsOnly(TimelineKind.CHANGE).hasSize(2);
        }

        @Test
        @DisplayName("a company's timeline includes its contact persons' items only when asked")
        void company() {
            Contact globex = crm().contacts().create(aCompany().build());
            Contact ann = crm().contacts().create(aPerson().build());
            crm().contacts().linkToCompany(ann.id(), globex.id(), "Buyer");
            crm().interactions().log(LogInteraction.call(ann.id(), "Ann's call"));
            crm().interactions().log(LogInteraction.call(globex.id(), "Switchboard"));
            TimelineQuery query = TimelineQuery.of(RecordRef.of(globex.id())).only(Set.of(TimelineKind.INTERACTION));

            assertThat(page(query).items()).extracting(TimelineItem::title).containsExactly("Call: Switchboard");
            assertThat(page(query.withContactPersons()).items()).extracting(TimelineItem::title)
                    .containsExactlyInAnyOrder("Call: Switchboard", "Call: Ann's call");
            assertThat(page(query.withContactPersons()).items())
                    .filteredOn(i -> i.title().equals("Call: Ann's call")).singleElement()
                    .satisfies(i -> assertThat(i.subject()).isEqualTo(RecordRef.of(ann.id())));
        }

        @Test
        @DisplayName("the host is asked for a bounded window: at most one page plus one entry")
        void boundedHostRequests() {
            Contact ann = crm().contacts().create(aPerson().build());
            for (int i = 0; i < 30; i++) {
                fixture.hostTimeline().add(invoice(ann, "INV-" + i, ago(i)));
            }

            TimelinePage first = page(TimelineQuery.of(RecordRef.of(ann.id())).limit(10));

            assertThat(first.items()).hasSize(10);
            assertThat(fixture.hostTimeline().requests()).allSatisfy(r -> assertThat(r.limit()).isEqualTo(11));
            assertThat(first.nextPage()).isPresent();
        }
    }

    @Nested
    @DisplayName("a deal's and a lead's timeline")
    class DealsAndLeads {

        @Test
        @DisplayName("a deal shows its stage changes and the interactions about it")
        void deal() {
            Contact ann = crm().contacts().create(aPerson().build());
            Pipeline sales = aPipeline().withStages("New", "Offer").createIn(crm());
            Deal deal = aDeal().in(sales).openIn(crm());
            fixture.clock().advance(Duration.ofMinutes(1));
            crm().deals().move(MoveDeal.to(deal.id(), PipelineBuilder.stage(sales, "Offer").id()));
            fixture.clock().advance(Duration.ofMinutes(1));
            crm().interactions().log(LogInteraction.call(ann.id(), "About the offer").aboutDeal(deal.id()));

            List<TimelineItem> items = page(TimelineQuery.of(RecordRef.of(deal.id()))).items();

            assertThat(items).extracting(TimelineItem::kind).startsWith(TimelineKind.INTERACTION,
                    TimelineKind.STAGE_CHANGE);
            assertThat(items.get(1).attributes()).containsEntry("to",
                    PipelineBuilder.stage(sales, "Offer").id().toString());
        }

        @Test
        @DisplayName("a converted lead shows its conversion")
        void lead() {
            Lead lead = crm().leads().create(LeadInput.titled("Fleet renewal").contact("Ann Smith",
                    "ann.fleet@example.org", null)).lead();
            aPipeline().asDefault().createIn(crm());

            crm().leads().convert(ConvertLead.of(lead.id(), "Ann Smith"));

            assertThat(page(TimelineQuery.of(RecordRef.of(lead.id())).only(Set.of(TimelineKind.CONVERSION))).items())
                    .isNotEmpty();
        }
    }
}
