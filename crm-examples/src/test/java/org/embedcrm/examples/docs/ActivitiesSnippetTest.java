package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityCategory;
import org.embedcrm.core.activity.ActivityKind;
import org.embedcrm.core.activity.ActivityPriority;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.AuditChange;
import org.embedcrm.core.activity.AuditEntry;
import org.embedcrm.core.activity.EmailDetails;
import org.embedcrm.core.activity.EmailDirection;
import org.embedcrm.core.activity.FollowUp;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.InteractionKind;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.RecordKind;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.Reminder;
import org.embedcrm.core.activity.ReminderService;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelinePage;
import org.embedcrm.core.activity.TimelineQuery;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.AccessDeniedException;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.lead.ConvertLead;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.outbox.DeliveryReport;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.preference.Preferences;
import org.embedcrm.core.report.Team;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.timeline.HostTimelineEntry;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.SettableClock;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/activities-and-timeline.md}, on the in-memory store (and H2 for the ERP's invoices). */
@DisplayName("docs/activities-and-timeline.md")
class ActivitiesSnippetTest {

    private static final UserRef ALICE = UserRef.of("alice");
    private static final UserRef BOB = UserRef.of("bob");

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final CrmStore store = fixture.store();
    private final TenantId tenant = fixture.tenant();
    private final SettableClock clock = fixture.clock();
    private final Contact globex = crm.contacts().create(ContactInput.company("Globex")
            .email("hello@globex.example").build());
    private final Contact ann = crm.contacts().create(ContactInput.person("Ann", "Smith")
            .email("ann@globex.example").build());
    private final Contact marc = crm.contacts().create(ContactInput.person("Marc", "Dupont")
            .email("marc@globex.example").build());
    private final Pipeline sales = aPipeline().named("Sales").withStages("New", "Offer").createIn(crm);
    private final Deal rollout = crm.deals().open(OpenDeal.in(sales.id(), "Globex rollout")
            .with(globex.id(), ann.id()));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream console;

    @BeforeEach
    void captureOutput() {
        console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        crm.contacts().linkToCompany(ann.id(), globex.id(), "Buyer");
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(console);
    }

    /** @return the lines the snippets printed so far */
    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    @DisplayName("logging a call: its time, participants, outcome and deal; every contact's last interaction moves")
    void logging() {
        long annVersion = crm.contacts().get(ann.id()).version();
        Interaction call = crm.interactions().log(LogInteraction.call(ann.id(), "Pricing questions")
                .withDetails("Wants a volume discount for 40 seats")
                .at(Instant.parse("2026-03-02T08:30:00Z")) // it happened before it was logged; never in the future
                .withParticipants(Set.of(marc.id()))
                .withOutcome("Send an offer by Friday")
                .aboutDeal(rollout.id()));

        assertThat(call.kind()).isEqualTo(InteractionKind.CALL);
        assertThat(call.author()).isEqualTo(ALICE);
        assertThat(call.loggedAt()).isEqualTo(clock.instant());
        assertThat(crm.interactions().get(call.id())).isEqualTo(call);
        assertThat(crm.contacts().get(ann.id()).lastInteractionAt()).contains(Instant.parse("2026-03-02T08:30:00Z"));
        assertThat(crm.contacts().get(marc.id()).lastInteractionAt()).contains(Instant.parse("2026-03-02T08:30:00Z"));
        assertThat(crm.contacts().get(ann.id()).version()).as("not an edit").isEqualTo(annVersion);
        assertThat(crm.timeline().page(TimelineQuery.of(RecordRef.of(rollout.id()))
                .only(Set.of(TimelineKind.INTERACTION))).items()).extracting(TimelineItem::title)
                .containsExactly("Call: Pricing questions");
        assertThat(crm.timeline().page(TimelineQuery.of(RecordRef.of(marc.id()))
                .only(Set.of(TimelineKind.INTERACTION))).items()).as("participants' timelines").isEmpty();

        crm.interactions().log(LogInteraction.note(ann.id(), "Older note").at(Instant.parse("2026-02-20T10:00:00Z")));
        assertThat(crm.contacts().get(ann.id()).lastInteractionAt()).as("never moves back")
                .contains(Instant.parse("2026-03-02T08:30:00Z"));
        assertThatCrmError(() -> crm.interactions().log(LogInteraction.call(ann.id(), "Later")
                .at(clock.instant().plusSeconds(1)))).isA(ValidationException.class)
                .hasViolation("occurredAt", "interaction.in-future");
        assertThatCrmError(() -> crm.interactions().log(new LogInteraction(InteractionKind.CALL, ann.id(), null, null,
                "With an envelope", null, null, Set.of(), null,
                EmailDetails.of(EmailDirection.OUTBOUND, "a@b.example", "c@d.example"), null)))
                .isA(ValidationException.class).hasViolation("email", "interaction.email-details");
        assertThatCrmError(() -> crm.interactions().log(LogInteraction.call(new ContactId(UUID.randomUUID()), "x")))
                .isA(NotFoundException.class).hasCode("contact.not-found");
        assertThatCrmError(() -> crm.contacts().delete(marc.id())).as("a participant is not deleted under its call")
                .isA(RuleViolationException.class).hasCode("contact.has-linked-records");
    }

    @Test
    @DisplayName("a mail hook that gets the same message twice logs it once")
    void mailHook() {
        EmailDetails envelope = new EmailDetails(EmailDirection.INBOUND, "Re: your offer", "ann@globex.example",
                List.of("sales@acme.example"), List.of("alice@acme.example"), "<CAF3x9q@mail.globex.example>");
        for (int delivery = 1; delivery <= 2; delivery++) { // the mail server hands the hook the same message twice
            try {
                crm.interactions().log(LogInteraction.email(ann.id(), envelope));
            } catch (ConflictException e) {
                System.out.println(e.code()); // interaction.message-id-taken: logged already, nothing to do
            }
        }

        assertThat(printed()).containsExactly("interaction.message-id-taken");
        List<TimelineItem> emails = crm.timeline().page(TimelineQuery.of(RecordRef.of(ann.id()))
                .only(Set.of(TimelineKind.INTERACTION))).items();
        assertThat(emails).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Email: Re: your offer");
            assertThat(item.attributes()).containsEntry("direction", "INBOUND");
        });
        fixture.context().switchTenant(CrmFixture.freshTenant());
        Contact other = crm.contacts().create(ContactInput.person("Ann", "Smith").email("ann@globex.example").build());
        assertThat(crm.interactions().log(LogInteraction.email(other.id(), envelope)).messageId())
                .as("another tenant logs the same message").contains("<CAF3x9q@mail.globex.example>");
        assertThat(LogInteraction.email(other.id(), EmailDetails.of(EmailDirection.OUTBOUND, "a@b.example",
                "c@d.example")).summary()).isEqualTo("E-mail");
    }

    @Test
    @DisplayName("a follow-up plans a task with a reminder for its assignee and sets the next contact date")
    void followUp() {
        Interaction renewal = crm.interactions().log(LogInteraction.call(ann.id(), "Discussed the renewal")
                .followUp(new FollowUp(Instant.parse("2026-03-05T10:00:00Z"), UserRef.of("bob"))));
        Activity task = crm.activities().get(renewal.followUpTask()); // "Follow up: Discussed the renewal", for bob
        Contact after = crm.contacts().get(ann.id());
        System.out.println(after.lastInteractionAt().orElseThrow() + ", next contact " + after.nextContactDate()
                .orElseThrow()); // 2026-03-02T09:00:00Z, next contact 2026-03-05

        assertThat(printed()).containsExactly("2026-03-02T09:00:00Z, next contact 2026-03-05");
        assertThat(task.kind()).isEqualTo(ActivityKind.TASK);
        assertThat(task.subject()).isEqualTo("Follow up: Discussed the renewal");
        assertThat(task.owner()).isEqualTo(BOB);
        assertThat(task.dueAt()).contains(Instant.parse("2026-03-05T10:00:00Z"));
        assertThat(task.contact()).isEqualTo(ann.id());
        assertThat(crm.activities().remindersOf(task.id())).extracting(Reminder::remindAt)
                .containsExactly(Instant.parse("2026-03-05T10:00:00Z"));

        crm.interactions().log(LogInteraction.call(ann.id(), "Again").followUp(
                new FollowUp(Instant.parse("2026-03-09T10:00:00Z"), BOB)));
        assertThat(crm.contacts().get(ann.id()).nextContactDate()).as("an earlier date in the future is kept")
                .contains(LocalDate.parse("2026-03-05"));
    }

    @Test
    @DisplayName("planning a meeting and a task, changing status and moving the meeting")
    void activities() {
        ActivityCategory demo = crm.activityCategories().define("Product demo");
        Activity meeting = crm.activities().plan(PlanActivity.meeting("Demo of the new board",
                        Instant.parse("2026-03-04T14:00:00Z"), Instant.parse("2026-03-04T15:00:00Z"))
                .in(demo.id(), "Room 4")
                .forContact(ann.id())
                .forDeal(rollout.id())
                .withAttendees(Set.of(UserRef.of("bob")), Set.of(ann.id()))
                .withPriority(ActivityPriority.HIGH)
                .remindBefore(Duration.ofDays(1), Duration.ofMinutes(15)));
        Activity offer = crm.activities().plan(PlanActivity.task("Send the offer", Instant.parse("2026-03-06T12:00:00Z"))
                .forDeal(rollout.id())
                .ownedBy(UserRef.of("bob")));

        assertThat(meeting.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(meeting.owner()).isEqualTo(ALICE);
        assertThat(offer.status()).isEqualTo(ActivityStatus.OPEN);
        assertThat(offer.priority()).isEqualTo(ActivityPriority.NORMAL);
        assertThat(offer.endsAt()).isEqualTo(offer.startsAt());
        assertThat(crm.activities().remindersOf(meeting.id())).extracting(Reminder::remindAt).containsExactly(
                Instant.parse("2026-03-03T14:00:00Z"), Instant.parse("2026-03-04T13:45:00Z"));

        offer = crm.activities().changeStatus(offer.id(), ActivityStatus.IN_PROGRESS);
        meeting = crm.activities().update(meeting.id(), meeting.version(), PlanActivity.meeting(meeting.subject(),
                        Instant.parse("2026-03-04T16:00:00Z"), Instant.parse("2026-03-04T17:00:00Z"))
                .in(demo.id(), "Room 4")
                .forContact(ann.id())
                .forDeal(rollout.id())
                .withAttendees(Set.of(UserRef.of("bob")), Set.of(ann.id()))
                .withPriority(ActivityPriority.HIGH)
                .remindBefore(Duration.ofDays(1), Duration.ofMinutes(15))); // every field again; reminders move along
        try {
            crm.activities().changeStatus(offer.id(), ActivityStatus.CANCELLED);
        } catch (ValidationException e) {
            System.out.println(e.violations().get(0).code()); // activity.status.invalid: a task is done, not cancelled
        }

        assertThat(printed()).containsExactly("activity.status.invalid");
        assertThat(offer.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(meeting.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(crm.activities().remindersOf(meeting.id())).extracting(Reminder::remindAt).containsExactly(
                Instant.parse("2026-03-03T16:00:00Z"), Instant.parse("2026-03-04T15:45:00Z"));
        Activity stale = crm.activities().get(meeting.id());
        crm.activities().changeStatus(meeting.id(), ActivityStatus.CANCELLED);
        assertThat(crm.activities().remindersOf(meeting.id())).as("a cancelled meeting reminds no one").isEmpty();
        assertThatCrmError(() -> crm.activities().update(stale.id(), stale.version(), PlanActivity.meeting("x",
                Instant.parse("2026-03-04T16:00:00Z"), Instant.parse("2026-03-04T17:00:00Z"))))
                .isA(ConflictException.class).hasCode("stale-version");
        Activity current = crm.activities().get(meeting.id());
        assertThatCrmError(() -> crm.activities().update(current.id(), current.version(),
                PlanActivity.task("x", Instant.parse("2026-03-04T16:00:00Z"))))
                .isA(ValidationException.class).hasViolation("kind", "activity.kind-changed");
        assertThat(crm.activities().update(current.id(), current.version(), PlanActivity.meeting("x",
                Instant.parse("2026-03-04T16:00:00Z"), Instant.parse("2026-03-04T17:00:00Z"))).owner())
                .as("a field left out takes its default again").isEqualTo(ALICE);
    }

    @Test
    @DisplayName("the rules of activities, categories and task lists, each with its code")
    void activityRules() {
        Instant noon = Instant.parse("2026-03-04T12:00:00Z");
        assertThatCrmError(() -> crm.activities().plan(PlanActivity.of(ActivityKind.TASK, "x", noon,
                noon.plusSeconds(60)))).hasViolation("endsAt", "activity.task-has-end");
        assertThatCrmError(() -> crm.activities().plan(PlanActivity.meeting("x", noon, noon.minusSeconds(60))))
                .hasViolation("endsAt", "activity.ends-before-start");
        assertThatCrmError(() -> crm.activities().plan(PlanActivity.call("x", noon)
                .remindBefore(Duration.ofDays(31)))).hasViolation("reminders", "activity.reminder.invalid");
        assertThatCrmError(() -> crm.activities().plan(PlanActivity.call("x", noon)
                .remindBefore(Duration.ofHours(1), Duration.ofHours(1))))
                .hasViolation("reminders", "activity.reminders.duplicate");
        assertThatCrmError(() -> crm.activities().plan(PlanActivity.call("x", noon).remindBefore(
                java.util.stream.IntStream.range(0, 11).mapToObj(Duration::ofMinutes).toArray(Duration[]::new))))
                .hasViolation("reminders", "activity.reminders.too-many");
        assertThatCrmError(() -> crm.activities().plan(PlanActivity.call(" ", noon))).hasCode("validation.failed");
        assertThatCrmError(() -> crm.activities().plan(PlanActivity.call("x", noon)
                .forLead(new org.embedcrm.core.lead.LeadId(UUID.randomUUID())))).hasCode("lead.not-found");
        assertThatCrmError(() -> crm.activities().get(new org.embedcrm.core.activity.ActivityId(UUID.randomUUID())))
                .isA(NotFoundException.class).hasCode("activity.not-found");
        assertThatCrmError(() -> crm.interactions().get(new org.embedcrm.core.activity.InteractionId(
                UUID.randomUUID()))).isA(NotFoundException.class).hasCode("interaction.not-found");

        ActivityCategory visit = crm.activityCategories().define("Customer visit");
        assertThatCrmError(() -> crm.activityCategories().define(" CUSTOMER VISIT"))
                .isA(ConflictException.class).hasCode("activity-category.name-taken");
        crm.activityCategories().setActive(visit.id(), false);
        assertThatCrmError(() -> crm.activities().plan(PlanActivity.call("x", noon).in(visit.id(), null)))
                .isA(RuleViolationException.class).hasCode("activity-category.inactive");
        assertThatCrmError(() -> crm.activities().plan(PlanActivity.call("x", noon).in(
                new org.embedcrm.core.activity.ActivityCategoryId(UUID.randomUUID()), null)))
                .isA(NotFoundException.class).hasCode("activity-category.not-found");
        assertThatCrmError(() -> crm.activityCategories().define(" ")).hasViolation("name", "name.required");
        Crm readOnly = CrmFixture.on(new InMemoryCrmStore(), (actor, where, permission) -> false).crm();
        assertThatCrmError(() -> readOnly.activityCategories().define("Demo"))
                .isA(AccessDeniedException.class).hasCode("access-denied");

        assertThatCrmError(() -> crm.activities().calendar(Set.of(), noon, noon.plusSeconds(1)))
                .hasViolation("users", "calendar.users.invalid");
        assertThatCrmError(() -> crm.activities().calendar(Set.of(ALICE), noon, noon))
                .hasViolation("to", "calendar.range.invalid");
        assertThatCrmError(() -> crm.activities().upcomingTasks(null, 0)).hasViolation("limit", "tasks.limit.invalid");
        assertThatIllegalArgumentException().isThrownBy(() -> TimelineQuery.of(RecordRef.of(sales.id())));
        assertThatIllegalArgumentException().isThrownBy(() -> TimelineQuery.of(RecordRef.of(ann.id())).limit(201));
        assertThatIllegalArgumentException().isThrownBy(() -> crm.timeline().changes(RecordRef.of(ann.id()), null,
                0));
    }

    @Test
    @DisplayName("the calendar of some users, their upcoming tasks and the task counts by status")
    void calendar() {
        Activity demo = crm.activities().plan(PlanActivity.meeting("Demo", Instant.parse("2026-03-04T14:00:00Z"),
                Instant.parse("2026-03-04T15:00:00Z")).withAttendees(Set.of(BOB), Set.of()));
        Activity offer = crm.activities().plan(PlanActivity.task("Send the offer",
                Instant.parse("2026-03-06T12:00:00Z")).ownedBy(BOB));
        Activity overdue = crm.activities().plan(PlanActivity.task("Call back Marc",
                Instant.parse("2026-02-27T12:00:00Z")).ownedBy(BOB));
        crm.activities().changeStatus(offer.id(), ActivityStatus.IN_PROGRESS);
        crm.activities().plan(PlanActivity.meeting("Carol's", Instant.parse("2026-03-03T09:00:00Z"),
                Instant.parse("2026-03-03T10:00:00Z")).ownedBy(UserRef.of("carol")));
        Activity done = crm.activities().plan(PlanActivity.task("Done", Instant.parse("2026-03-02T12:00:00Z")));
        crm.activities().changeStatus(done.id(), ActivityStatus.DONE);

        Team benelux = crm.objectives().defineTeam("Benelux sales", Set.of(UserRef.of("alice"), UserRef.of("bob")));
        List<Activity> week = crm.activities().calendar(benelux.members(), // or any set of users
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")); // by start
        List<Activity> bobsTasks = crm.activities().upcomingTasks(UserRef.of("bob"), 10); // not done, earliest due first
        Map<ActivityStatus, Long> tasks = crm.activities().tasksByStatus(); // {OPEN=1, IN_PROGRESS=1, DONE=1}

        assertThat(week).extracting(Activity::subject).containsExactly("Done", "Demo", "Send the offer");
        assertThat(bobsTasks).extracting(Activity::id).containsExactly(overdue.id(), offer.id());
        assertThat(tasks).isEqualTo(Map.of(ActivityStatus.OPEN, 1L, ActivityStatus.IN_PROGRESS, 1L,
                ActivityStatus.DONE, 1L));
        assertThat(demo.involves(BOB)).isTrue();
    }

    @Test
    @DisplayName("reminders are dispatched by the host's scheduler, once each, even by two dispatchers at once")
    void reminders() throws Exception {
        Activity demo = crm.activities().plan(PlanActivity.meeting("Demo", Instant.parse("2026-03-04T14:00:00Z"),
                Instant.parse("2026-03-04T15:00:00Z")).withAttendees(Set.of(BOB), Set.of())
                .remindBefore(Duration.ofDays(1), Duration.ofMinutes(15)));
        clock.setTo(Instant.parse("2026-03-03T14:00:00Z"));

        // on every node, e.g. once a minute, for each tenant (the ExecutionContext telling that tenant)
        Instant now = clock.instant();
        int sent = crm.reminders().dispatchDue(now); // claims each due reminder, so only one node sends it
        DeliveryReport retried = crm.outbox().deliverDue(now); // notifications whose notifier failed before

        assertThat(sent).isEqualTo(1);
        assertThat(retried.delivered()).isZero();
        assertThat(fixture.notifications().sent()).extracting(Notification::recipient, Notification::kind,
                Notification::subject).containsExactly(
                tuple("alice", "activity.reminder", "Reminder: Demo at 2026-03-04T14:00:00Z"),
                tuple("bob", "activity.reminder", "Reminder: Demo at 2026-03-04T14:00:00Z"));
        assertThat(fixture.notifications().sent().get(0).attributes()).containsKeys("activityId", "reminderId",
                "startsAt", "idempotencyKey").containsEntry("activityId", demo.id().toString());
        assertThat(crm.activities().remindersOf(demo.id())).extracting(r -> r.sent().isPresent())
                .containsExactly(true, false);
        assertThat(ReminderService.KIND).isEqualTo("activity.reminder");

        fixture.notifications().clear();
        fixture.notifications().down(true);
        clock.setTo(Instant.parse("2026-03-04T13:45:00Z"));
        assertThat(crm.reminders().dispatchDue(clock.instant())).as("claimed, though the notifier fails")
                .isEqualTo(1);
        fixture.notifications().down(false);
        clock.advance(Duration.ofMinutes(1));
        assertThat(crm.reminders().dispatchDue(clock.instant())).isZero();
        assertThat(crm.outbox().deliverDue(clock.instant()).delivered()).as("the outbox delivers it later")
                .isEqualTo(2);
        assertThat(fixture.notifications().sent()).extracting(Notification::recipient)
                .containsExactly("alice", "bob");

        crm.activities().changeStatus(demo.id(), ActivityStatus.CANCELLED);
        crm.activities().changeStatus(demo.id(), ActivityStatus.PLANNED);
        assertThat(crm.activities().remindersOf(demo.id())).as("reopened: scheduled again, not sent")
                .allSatisfy(r -> assertThat(r.sent()).isEmpty()).hasSize(2);
        assertThat(crm.reminders().dispatchDue(clock.instant())).as("both times have passed").isEqualTo(2);
    }

    @Test
    @DisplayName("two dispatchers at once send each due reminder once")
    void concurrentDispatch() throws Exception {
        for (int i = 0; i < 150; i++) {
            crm.activities().plan(PlanActivity.task("Task " + i, Instant.parse("2026-03-02T10:00:00Z")
                    .plusSeconds(i)).remindBefore(Duration.ofHours(1)));
        }
        Instant now = Instant.parse("2026-03-03T00:00:00Z");
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> dispatch = () -> crm.reminders().dispatchDue(now);
            List<Future<Integer>> results = nodes.invokeAll(List.of(dispatch, dispatch));
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertThat(total).isEqualTo(150);
        } finally {
            nodes.shutdown();
        }
        assertThat(fixture.notifications().sent()).hasSize(150);
    }

    @Test
    @DisplayName("the audit trail of a contact: one entry per changed field, grouped in change sets")
    void auditTrail() {
        clock.advance(Duration.ofMinutes(5));
        fixture.context().switchActor(BOB);
        Contact current = crm.contacts().get(ann.id());
        crm.contacts().update(ann.id(), ContactInput.of(current).industry("Retail").starRating(2).build(),
                current.version());

        List<AuditEntry> changes = crm.timeline().changes(RecordRef.of(ann.id()), null, 50); // newest first
        for (AuditEntry entry : changes) {
            System.out.println(entry.change() + " " + Objects.toString(entry.field(), "") + " "
                    + entry.oldValue() + " -> " + entry.newValue() + (entry.personal() ? " (personal)" : "")
                    + " by " + entry.actor().value());
        }

        assertThat(printed()).containsExactly(
                "UPDATED rating 0 -> 2 by bob",
                "UPDATED profile.industry null -> Retail (personal) by bob",
                "UPDATED employments null -> " + globex.id() + " Buyer (personal) by alice",
                "CREATED  null -> null by alice");
        assertThat(changes.get(0).changeSet()).isEqualTo(changes.get(1).changeSet());
        assertThat(changes.get(1).changeSet()).isNotEqualTo(changes.get(2).changeSet());
        assertThat(changes.get(0).at()).isEqualTo(clock.instant());
        AuditEntry last = changes.get(1);
        assertThat(crm.timeline().changes(RecordRef.of(ann.id()), new TimelineCursor(last.at(), last.id().toString()),
                50)).extracting(AuditEntry::change).containsExactly(AuditChange.UPDATED, AuditChange.CREATED);

        crm.deals().move(MoveDeal.to(rollout.id(), sales.stages().get(1).id()));
        assertThat(crm.timeline().changes(RecordRef.of(rollout.id()), null, 50)).extracting(AuditEntry::field)
                .contains("stage");
        assertThat(crm.timeline().changes(RecordRef.of(sales.stages().get(0).id()), null, 50))
                .extracting(AuditEntry::change).containsExactly(AuditChange.CREATED);
        assertThatThrownBy(() -> fixture.inTransaction(() -> {
            crm.contacts().rate(ann.id(), 3);
            throw new IllegalStateException("the host's own work fails after the change");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(crm.timeline().changes(RecordRef.of(ann.id()), null, 50)).hasSize(4);
    }

    @Test
    @DisplayName("erasure blanks the personal values of a record's entries, in the host's transaction")
    void erasure() {
        Contact current = crm.contacts().get(marc.id());
        crm.contacts().update(marc.id(), ContactInput.of(current).industry("Retail").starRating(2).build(),
                current.version());

        int blanked = store.transactions().inTransaction(() -> {
            crm.contacts().delete(marc.id()); // or an update that anonymises the contact
            return store.auditTrail().erasePersonalValues(tenant, RecordRef.of(marc.id()));
        });

        assertThat(blanked).isEqualTo(1);
        assertThat(crm.timeline().changes(RecordRef.of(marc.id()), null, 50))
                .extracting(AuditEntry::change, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple(AuditChange.DELETED, null, null, null),
                        tuple(AuditChange.UPDATED, "rating", "0", "2"),
                        tuple(AuditChange.UPDATED, "profile.industry", null, null),
                        tuple(AuditChange.CREATED, null, null, null));
    }

    @Test
    @DisplayName("a contact's timeline, a page at a time, newest first")
    void timeline() {
        clock.setTo(Instant.parse("2026-03-02T12:00:00Z"));
        crm.interactions().log(LogInteraction.call(ann.id(), "Pricing questions")
                .at(Instant.parse("2026-03-02T10:00:00Z")));
        crm.activities().plan(PlanActivity.task("Send the offer", Instant.parse("2026-03-06T12:00:00Z"))
                .forContact(ann.id()));
        crm.contacts().rate(ann.id(), 2);
        fixture.hostTimeline().add(new HostTimelineEntry("INV-42", ann.id().value(), "invoice",
                Instant.parse("2026-03-02T11:00:00Z"), "Invoice INV-42, 1200.00 EUR", null, Map.of()));

        TimelinePage first = crm.timeline().page(TimelineQuery.of(RecordRef.of(ann.id())).limit(3));
        first.items().forEach(item -> System.out.println(item.at() + " " + item.kind() + " " + item.title()));
        TimelineCursor next = first.next(); // null on the last page; put its at() and id() in the "more" link
        TimelinePage second = crm.timeline().page(TimelineQuery.of(RecordRef.of(ann.id())).limit(3).after(next));
        second.items().forEach(item -> System.out.println(item.at() + " " + item.kind() + " " + item.title()));

        assertThat(printed()).containsExactly(
                "2026-03-06T12:00:00Z ACTIVITY Task: Send the offer",
                "2026-03-02T12:00:00Z CHANGE rating: 0 → 2",
                "2026-03-02T11:00:00Z HOST Invoice INV-42, 1200.00 EUR",
                "2026-03-02T10:00:00Z INTERACTION Call: Pricing questions",
                "2026-03-02T09:00:00Z CHANGE employments: (none) → " + globex.id() + " Buyer",
                "2026-03-02T09:00:00Z CHANGE Created");
        assertThat(second.nextPage()).isEmpty();
        assertThat(first.items().get(2).id()).isEqualTo("host:INV-42");
        assertThat(first.items().get(2).attributes()).containsEntry("hostKind", "invoice");
    }

    @Test
    @DisplayName("a company's timeline with its contact persons' items, only some kinds")
    void companyTimeline() {
        crm.interactions().log(LogInteraction.call(ann.id(), "Ann's call"));
        crm.interactions().log(LogInteraction.call(globex.id(), "Switchboard"));
        crm.activities().plan(PlanActivity.task("Visit", Instant.parse("2026-03-03T09:00:00Z")).forContact(ann.id()));

        TimelinePage calls = crm.timeline().page(TimelineQuery.of(RecordRef.of(globex.id()))
                .only(Set.of(TimelineKind.INTERACTION, TimelineKind.ACTIVITY))
                .withContactPersons()); // Globex's own items and those of the people working there

        assertThat(calls.items()).extracting(TimelineItem::title, TimelineItem::subject).containsExactlyInAnyOrder(
                tuple("Task: Visit", RecordRef.of(ann.id())),
                tuple("Call: Ann's call", RecordRef.of(ann.id())),
                tuple("Call: Switchboard", RecordRef.of(globex.id())));
        assertThat(calls.items().get(0).title()).isEqualTo("Task: Visit");
        assertThat(crm.timeline().page(TimelineQuery.of(RecordRef.of(globex.id()))
                .only(Set.of(TimelineKind.INTERACTION))).items()).extracting(TimelineItem::title)
                .containsExactly("Call: Switchboard");
    }

    @Test
    @DisplayName("a deal's timeline shows its stage changes; a lead's its conversion")
    void dealsAndLeads() {
        clock.advance(Duration.ofMinutes(1));
        crm.deals().move(MoveDeal.to(rollout.id(), sales.stages().get(1).id()));
        aPipeline().named("Default").asDefault().createIn(crm);
        Lead lead = crm.leads().create(LeadInput.titled("Fleet renewal").contact("Jane Doe", "jane@wayne.example",
                null)).lead();
        clock.advance(Duration.ofMinutes(1));
        crm.leads().convert(ConvertLead.of(lead.id(), "Jane Doe"));

        assertThat(crm.timeline().page(TimelineQuery.of(RecordRef.of(rollout.id()))).items())
                .extracting(TimelineItem::kind).startsWith(TimelineKind.STAGE_CHANGE);
        List<TimelineItem> leadItems = crm.timeline().page(TimelineQuery.of(RecordRef.of(lead.id()))).items();
        assertThat(leadItems).extracting(TimelineItem::kind).contains(TimelineKind.CONVERSION,
                TimelineKind.STATUS_CHANGE);
        Lead converted = crm.leads().get(lead.id());
        AuditEntry conversion = crm.timeline().changes(RecordRef.of(lead.id()), null, 50).get(0);
        AuditEntry customerCreated = crm.timeline().changes(RecordRef.of(converted.conversion().orElseThrow()
                .customer()), null, 50).get(0);
        assertThat(customerCreated.change()).isEqualTo(AuditChange.CREATED);
        assertThat(customerCreated.changeSet()).as("one change set per command").isEqualTo(conversion.changeSet());
        assertThatCrmError(() -> crm.timeline().page(TimelineQuery.of(RecordRef.of(new ContactId(UUID.randomUUID())))
                .withContactPersons())).hasCode("contact.not-found");
        assertThat(crm.timeline().page(TimelineQuery.of(RecordRef.of(new ContactId(UUID.randomUUID())))).items())
                .isEmpty();
    }

    @Test
    @DisplayName("a query without kinds shows what the tenant's timeline visibility shows; one naming its kinds, those")
    void visibility() {
        clock.advance(Duration.ofMinutes(1));
        crm.deals().move(MoveDeal.to(rollout.id(), sales.stages().get(1).id()));
        crm.interactions().log(LogInteraction.call(ann.id(), "About the offer").aboutDeal(rollout.id()));

        Preferences preferences = crm.preferences().get();
        crm.preferences().showOnTimeline(preferences.version(), RecordKind.DEAL, Set.of(TimelineKind.STAGE_CHANGE));
        TimelinePage moves = crm.timeline().page(TimelineQuery.of(RecordRef.of(rollout.id()))); // stage changes only
        TimelinePage everything = crm.timeline().page(TimelineQuery.of(RecordRef.of(rollout.id()))
                .only(EnumSet.allOf(TimelineKind.class))); // a query naming its kinds gets them

        assertThat(moves.items()).extracting(TimelineItem::kind).containsExactly(TimelineKind.STAGE_CHANGE);
        assertThat(everything.items()).extracting(TimelineItem::kind)
                .contains(TimelineKind.INTERACTION, TimelineKind.STAGE_CHANGE, TimelineKind.CHANGE);
        assertThat(crm.timeline().page(TimelineQuery.of(RecordRef.of(ann.id()))).items())
                .extracting(TimelineItem::kind).contains(TimelineKind.INTERACTION);
    }

    @Test
    @DisplayName("the ERP's invoices join a contact's timeline through a TimelineContributor answering one query")
    void contributor() throws SQLException {
        DataSource erpDataSource = erpWithInvoices();
        CrmStore store = new InMemoryCrmStore();
        ExecutionContext context = ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice"));

        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .timelineContributor(new InvoiceTimeline(erpDataSource))
                .build();

        Contact initech = crm.contacts().create(ContactInput.company("Initech").email("info@initech.example").build());
        invoice(erpDataSource, "acme", "2026-0041", initech.id(), "2026-03-01T10:00:00Z", "900.00");
        invoice(erpDataSource, "acme", "2026-0042", initech.id(), "2026-03-03T10:00:00Z", "1250.00");
        invoice(erpDataSource, "other", "2026-0043", initech.id(), "2026-03-03T11:00:00Z", "10.00");
        List<TimelineItem> items = new ArrayList<>();
        TimelineQuery query = TimelineQuery.of(RecordRef.of(initech.id())).only(Set.of(TimelineKind.HOST)).limit(1);
        TimelinePage page = crm.timeline().page(query);
        items.addAll(page.items());
        while (page.nextPage().isPresent()) {
            page = crm.timeline().page(query.after(page.next()));
            items.addAll(page.items());
        }

        assertThat(items).extracting(TimelineItem::title)
                .containsExactly("Invoice 2026-0042, 1250.00 EUR", "Invoice 2026-0041, 900.00 EUR");
        assertThat(items.get(0).attributes()).containsEntry("link", "/invoices/2026-0042");
        assertThat(new InvoiceTimeline(erpDataSource).entries(new org.embedcrm.spi.timeline.HostTimelineRequest(
                "acme", "deal", Set.of(initech.id().value()), Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z"),
                10))).isEmpty();
    }

    private static DataSource erpWithInvoices() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:erp-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("create table invoice (number varchar(20) primary key,"
                    + " tenant varchar(64) not null, customer_id uuid not null,"
                    + " issued_at timestamp(6) with time zone not null, total numeric(15, 2) not null,"
                    + " currency char(3) not null)");
        }
        return dataSource;
    }

    private static void invoice(DataSource erp, String tenant, String number, ContactId customer, String issuedAt,
                                String total) throws SQLException {
        try (Connection connection = erp.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into invoice values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, number);
            insert.setString(2, tenant);
            insert.setObject(3, customer.value());
            insert.setObject(4, Instant.parse(issuedAt).atOffset(ZoneOffset.UTC));
            insert.setBigDecimal(5, new java.math.BigDecimal(total));
            insert.setString(6, "EUR");
            insert.executeUpdate();
        }
    }
}
