package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityKind;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.ActivityStatusChanged;
import org.embedcrm.core.activity.InteractionKind;
import org.embedcrm.core.activity.InteractionLogged;
import org.embedcrm.core.activity.ReminderService;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.testkit.RecordingEventListener;
import org.embedcrm.testkit.RecordingNotifier;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the quickstart's activity desk")
class ActivityDeskTest {

    private final DemoClock clock = DemoClock.startingAt(Instant.parse("2026-03-02T08:45:00Z"));
    private final RecordingEventListener recorded = new RecordingEventListener();
    private final RecordingNotifier notifications = new RecordingNotifier();
    private final ErpTimeline erp = new ErpTimeline("acme");
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private Crm crm;
    private Contact globex;
    private ActivityDesk.Outcome desk;

    @BeforeEach
    void play() {
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        EventPrinter events = new EventPrinter(out);
        crm = Crm.builder().store(new InMemoryCrmStore())
                .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice")))
                .clock(clock).phoneRegion("BE").listener(events).listener(recorded)
                .notifier(new NotificationPrinter(out)).notifier(notifications).timelineContributor(erp).build();
        CustomerBook.Book book = new CustomerBook(crm, events, out).fill();
        SalesWeek.Outcome week = new SalesWeek(crm, clock, events, out, book.dealParties()).play();
        new LeadDesk(crm, clock, events, out, week.pipeline()).play();
        printed.reset();
        notifications.clear();
        recorded.clear();
        globex = book.dealParties().get(ActivityDesk.CUSTOMER).company();
        desk = new ActivityDesk(crm, clock, out, erp, globex).play();
    }

    @Test
    @DisplayName("defines the activity categories it plans with")
    void categories() {
        assertThat(lines()).startsWith(
                "The activity desk from Tuesday (events are printed by the listener, notifications by the notifier,"
                        + " after each commit):",
                "  activity categories: Customer visit, Product demo");
    }

    @Test
    @DisplayName("logs a call whose follow-up plans a task for bob with a reminder, and moves the customer's last"
            + " interaction and next contact date")
    void call() {
        assertThat(lines()).containsSequence(
                "Tue 2026-03-10 09:00  log a call with \"Globex\": \"Kick-off of the support contract\", outcome"
                        + " \"Wants an on-site visit\", follow-up by bob on Thu 2026-03-12 10:00",
                "      -> InteractionLogged, a call with Globex",
                "      follow-up task \"Follow up: Kick-off of the support contract\" for bob, due Thu 2026-03-12 10:00,"
                        + " reminder at Thu 2026-03-12 10:00",
                "      Globex: last interaction Tue 2026-03-10 09:00, next contact date 2026-03-12");
        assertThat(desk.call().kind()).isEqualTo(InteractionKind.CALL);
        assertThat(desk.call().contact()).isEqualTo(globex.id());
        assertThat(desk.followUp().kind()).isEqualTo(ActivityKind.TASK);
        assertThat(desk.followUp().owner()).isEqualTo(UserRef.of("bob"));
        assertThat(crm.contacts().get(globex.id()).nextContactDate()).contains(LocalDate.parse("2026-03-12"));
        assertThat(recorded.eventsOf(InteractionLogged.class)).singleElement()
                .satisfies(e -> assertThat(e.contact()).isEqualTo(globex.id()));
    }

    @Test
    @DisplayName("plans a visit in a category with bob attending and two reminders, and marks it done afterwards")
    void visit() {
        assertThat(lines()).containsSequence(
                "Tue 2026-03-10 09:15  plan a meeting \"On-site visit\" (Customer visit) on Wed 2026-03-11 14:00 for"
                        + " 90 minutes at \"Globex, Antwerp\" with bob, reminders 1 day and 15 minutes before",
                "      reminders at Tue 2026-03-10 14:00, Wed 2026-03-11 13:45");
        assertThat(lines()).containsSequence(
                "Wed 2026-03-11 15:30  mark \"On-site visit\" done",
                "      -> ActivityStatusChanged planned -> done");
        Activity visit = desk.visit();
        assertThat(visit.status()).isEqualTo(ActivityStatus.DONE);
        assertThat(visit.attendees()).containsExactly(UserRef.of("bob"));
        assertThat(visit.contact()).isEqualTo(globex.id());
        assertThat(recorded.eventsOf(ActivityStatusChanged.class)).hasSize(1);
    }

    @Test
    @DisplayName("dispatches each reminder once, when due, to the owner and the attendees; a second dispatcher at the"
            + " same time sends nothing")
    void reminders() {
        assertThat(lines()).containsSequence(
                "Tue 2026-03-10 14:00  dispatch due reminders",
                "      => notify alice: Reminder: On-site visit at 2026-03-11T14:00:00Z",
                "      => notify bob: Reminder: On-site visit at 2026-03-11T14:00:00Z",
                "      1 reminder sent",
                "Wed 2026-03-11 13:45  dispatch due reminders",
                "      => notify alice: Reminder: On-site visit at 2026-03-11T14:00:00Z",
                "      => notify bob: Reminder: On-site visit at 2026-03-11T14:00:00Z",
                "      1 reminder sent");
        assertThat(lines()).containsSequence(
                "Thu 2026-03-12 10:00  dispatch due reminders",
                "      => notify bob: Reminder: Follow up: Kick-off of the support contract at 2026-03-12T10:00:00Z",
                "      1 reminder sent",
                "Thu 2026-03-12 10:00  dispatch due reminders again, as a second node's scheduler would",
                "      0 reminders sent: each due reminder was claimed and sent once already");
        assertThat(notifications.sent()).extracting(Notification::recipient)
                .containsExactly("alice", "bob", "alice", "bob", "bob");
        assertThat(notifications.sent()).allSatisfy(n -> assertThat(n.kind()).isEqualTo(ReminderService.KIND));
        assertThat(crm.activities().remindersOf(desk.visit().id()))
                .allSatisfy(r -> assertThat(r.sent()).isPresent());
    }

    @Test
    @DisplayName("prints the customer's timeline newest first: activities, the ERP's invoice, the call and the changes"
            + " recorded since the customer was created")
    void timeline() {
        assertThat(lines()).containsSequence(
                "Wed 2026-03-11 16:00  the ERP sends invoice 2026-0042 to \"Globex\": 12,500.00 EUR");
        assertThat(lines()).containsSequence(
                "Timeline of \"Globex\", newest first: 6 items",
                "+----------------------+-------------+---------------------------------------------------+-------+",
                "| When                 | Kind        | Title                                             | By    |",
                "+----------------------+-------------+---------------------------------------------------+-------+",
                "| Thu 2026-03-12 10:00 | activity    | Task: Follow up: Kick-off of the support contract | bob   |",
                "| Wed 2026-03-11 16:00 | host        | Invoice 2026-0042 sent, 12,500.00 EUR             |       |",
                "| Wed 2026-03-11 14:00 | activity    | Meeting: On-site visit                            | alice |",
                "| Tue 2026-03-10 09:00 | interaction | Call: Kick-off of the support contract            | alice |",
                "| Fri 2026-03-06 09:30 | change      | roles: PROSPECT → CUSTOMER                        | alice |",
                "| Mon 2026-03-02 08:45 | change      | Created                                           | alice |",
                "+----------------------+-------------+---------------------------------------------------+-------+");
        assertThat(desk.timeline().items()).extracting(TimelineItem::kind).containsExactly(TimelineKind.ACTIVITY,
                TimelineKind.HOST, TimelineKind.ACTIVITY, TimelineKind.INTERACTION, TimelineKind.CHANGE,
                TimelineKind.CHANGE);
        assertThat(desk.timeline().nextPage()).isEmpty();
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
