package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityCategory;
import org.embedcrm.core.activity.ActivityPriority;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.ActivityStatusChanged;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link org.embedcrm.core.activity.Activities} and
 * {@link org.embedcrm.core.activity.ActivityCategories} ports, through the activity services.
 */
public abstract class ActivitiesContract extends StoreContract {

    private static final UserRef ALICE = UserRef.of("alice");
    private static final UserRef BOB = UserRef.of("bob");
    private static final UserRef CAROL = UserRef.of("carol");

    private Instant at(long hours) {
        return fixture.clock().instant().plus(Duration.ofHours(hours));
    }

    @Nested
    @DisplayName("planning activities")
    class Planning {

        @Test
        @DisplayName("a meeting is stored with every field and read back the same")
        void meeting() {
            Contact ann = crm().contacts().create(aPerson().build());
            ActivityCategory demo = crm().activityCategories().define("Product demo");

            Activity meeting = crm().activities().plan(PlanActivity.meeting("Demo", at(24), at(25))
                    .in(demo.id(), "Room 4").forContact(ann.id()).withAttendees(Set.of(BOB), Set.of(ann.id()))
                    .withPriority(ActivityPriority.HIGH).describedAs("Show the new board"));

            Activity read = crm().activities().get(meeting.id());
            assertThat(read).isEqualTo(meeting);
            assertThat(read.status()).isEqualTo(ActivityStatus.PLANNED);
            assertThat(read.owner()).isEqualTo(ALICE);
            assertThat(read.attendees()).containsExactly(BOB);
            assertThat(read.attendeeContacts()).containsExactly(ann.id());
            assertThat(read.category()).isEqualTo(demo.id());
            assertThat(read.location()).isEqualTo("Room 4");
        }

        @Test
        @DisplayName("a task has a due time and is open; a task with an end, or a meeting ending early, is refused")
        void taskShape() {
            Activity task = crm().activities().plan(PlanActivity.task("Send offer", at(4)));

            assertThat(task.status()).isEqualTo(ActivityStatus.OPEN);
            assertThat(task.dueAt()).contains(at(4));
            assertThatCrmError(() -> crm().activities().plan(PlanActivity.of(
                    org.embedcrm.core.activity.ActivityKind.TASK, "x", at(1), at(2))))
                    .isA(ValidationException.class).hasViolation("endsAt", "activity.task-has-end");
            assertThatCrmError(() -> crm().activities().plan(PlanActivity.meeting("x", at(2), at(1))))
                    .isA(ValidationException.class).hasViolation("endsAt", "activity.ends-before-start");
        }

        @Test
        @DisplayName("statuses follow the kind: tasks are open, in progress or done; meetings planned, done or cancelled")
        void statuses() {
            Activity task = crm().activities().plan(PlanActivity.task("Send offer", at(4)));
            Activity call = crm().activities().plan(PlanActivity.call("Call back", at(5)));

            Activity started = crm().activities().changeStatus(task.id(), ActivityStatus.IN_PROGRESS);
            Activity cancelled = crm().activities().changeStatus(call.id(), ActivityStatus.CANCELLED);

            assertThat(started.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
            assertThat(started.version()).isGreaterThan(task.version());
            assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
            assertThatCrmError(() -> crm().activities().changeStatus(task.id(), ActivityStatus.CANCELLED))
                    .isA(ValidationException.class).hasViolation("status", "activity.status.invalid");
            assertThat(fixture.events().eventsOf(ActivityStatusChanged.class)).hasSize(2);
        }

        @Test
        @DisplayName("an update from a stale version is refused, by the service and by the store")
        void stale() {
            Activity task = crm().activities().plan(PlanActivity.task("Send offer", at(4)));
            crm().activities().update(task.id(), task.version(), PlanActivity.task("Send the offer", at(5)));

            assertThatCrmError(() -> crm().activities().update(task.id(), task.version(),
                    PlanActivity.task("Other", at(6)))).isA(ConflictException.class).hasCode("stale-version");
            assertThatCrmError(() -> fixture.inTransaction(() -> store().activities().update(task)))
                    .isA(ConflictException.class).hasCode("stale-version");
            assertThat(crm().activities().get(task.id()).subject()).isEqualTo("Send the offer");
        }

        @Test
        @DisplayName("other tenants cannot see an activity")
        void isolation() {
            Activity task = crm().activities().plan(PlanActivity.task("Send offer", at(4)));

            fixture.context().switchTenant(CrmFixture.freshTenant());

            assertThat(fixture.inTransaction(() -> store().activities().find(fixture.tenant(), task.id()))).isEmpty();
            assertThat(crm().activities().upcomingTasks(null, 10)).isEmpty();
        }
    }

    @Nested
    @DisplayName("categories")
    class Categories {

        @Test
        @DisplayName("names are unique regardless of case; an inactive category takes no new activities")
        void categories() {
            ActivityCategory demo = crm().activityCategories().define("Demo");
            crm().activityCategories().define("Renewal");

            assertThatCrmError(() -> crm().activityCategories().define("DEMO"))
                    .isA(ConflictException.class).hasCode("activity-category.name-taken");
            crm().activityCategories().setActive(demo.id(), false);
            assertThatCrmError(() -> crm().activities().plan(PlanActivity.task("x", at(1)).in(demo.id(), null)))
                    .isA(RuleViolationException.class).hasCode("activity-category.inactive");
            assertThat(crm().activityCategories().all()).extracting(ActivityCategory::name)
                    .containsExactly("Demo", "Renewal");
        }
    }

    @Nested
    @DisplayName("the calendar and task lists")
    class Calendar {

        @Test
        @DisplayName("the calendar holds the users' owned and attended activities overlapping the range, by start")
        void calendar() {
            Activity early = crm().activities().plan(PlanActivity.meeting("Early", at(1), at(3)));
            Activity attended = crm().activities().plan(PlanActivity.meeting("Attended", at(5), at(6))
                    .ownedBy(CAROL).withAttendees(Set.of(BOB), Set.of()));
            Activity task = crm().activities().plan(PlanActivity.task("Due", at(4)).ownedBy(BOB));
            crm().activities().plan(PlanActivity.meeting("Carol's", at(4), at(5)).ownedBy(CAROL));
            crm().activities().plan(PlanActivity.meeting("Ended before", at(0), at(2)));
            crm().activities().plan(PlanActivity.meeting("Starts at the end", at(7), at(8)));

            assertThat(crm().activities().calendar(Set.of(ALICE, BOB), at(2), at(7)))
                    .extracting(Activity::subject)
                    .containsExactly(early.subject(), task.subject(), attended.subject());
        }

        @Test
        @DisplayName("upcoming tasks are the tasks not done, earliest due first; counts by status cover every task")
        void tasks() {
            Activity later = crm().activities().plan(PlanActivity.task("Later", at(9)));
            Activity sooner = crm().activities().plan(PlanActivity.task("Sooner", at(2)).ownedBy(BOB));
            Activity done = crm().activities().plan(PlanActivity.task("Done", at(1)));
            crm().activities().changeStatus(done.id(), ActivityStatus.DONE);
            crm().activities().changeStatus(later.id(), ActivityStatus.IN_PROGRESS);
            crm().activities().plan(PlanActivity.call("Not a task", at(0)));

            assertThat(crm().activities().upcomingTasks(null, 5)).extracting(Activity::subject)
                    .containsExactly(sooner.subject(), later.subject());
            assertThat(crm().activities().upcomingTasks(BOB, 5)).extracting(Activity::subject)
                    .containsExactly(sooner.subject());
            assertThat(crm().activities().upcomingTasks(null, 1)).hasSize(1);
            assertThat(crm().activities().tasksByStatus()).isEqualTo(Map.of(ActivityStatus.OPEN, 1L,
                    ActivityStatus.IN_PROGRESS, 1L, ActivityStatus.DONE, 1L));
        }
    }
}
