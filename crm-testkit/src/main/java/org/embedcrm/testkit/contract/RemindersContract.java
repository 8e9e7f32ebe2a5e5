package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.Reminder;
import org.embedcrm.core.activity.ReminderService;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.activity.Reminders} port, through scheduling and dispatch. */
public abstract class RemindersContract extends StoreContract {

    private Instant at(Duration fromNow) {
        return fixture.clock().instant().plus(fromNow);
    }

    private Activity meetingInADay() {
        return crm().activities().plan(PlanActivity.meeting("Quarterly review", at(Duration.ofDays(1)),
                        at(Duration.ofDays(1).plusHours(1))).withAttendees(Set.of(UserRef.of("bob")), Set.of())
                .remindBefore(Duration.ofMinutes(15), Duration.ofDays(1)));
    }

    @Nested
    @DisplayName("scheduling")
    class Scheduling {

        @Test
        @DisplayName("each reminder is scheduled at its time before the start")
        void scheduled() {
            Activity meeting = meetingInADay();

            assertThat(crm().activities().remindersOf(meeting.id())).extracting(Reminder::remindAt)
                    .containsExactly(meeting.startsAt().minus(Duration.ofDays(1)),
                            meeting.startsAt().minus(Duration.ofMinutes(15)));
        }

        @Test
        @DisplayName("moving the activity moves its reminders; a sent reminder whose time is unchanged stays sent")
        void rescheduled() {
            Activity meeting = meetingInADay();
            crm().reminders().dispatchDue(at(Duration.ZERO));
            assertThat(fixture.notifications().sent()).hasSize(2);

            Activity moved = crm().activities().update(meeting.id(), meeting.version(),
                    PlanActivity.meeting("Quarterly review", at(Duration.ofDays(2)), at(Duration.ofDays(2).plusHours(1)))
                            .remindBefore(Duration.ofMinutes(15), Duration.ofDays(2)));

            assertThat(crm().activities().remindersOf(moved.id()))
                    .extracting(Reminder::before, r -> r.sent().isPresent())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Duration.ofDays(2), false),
                            org.assertj.core.groups.Tuple.tuple(Duration.ofMinutes(15), false));
        }

        @Test
        @DisplayName("a done or cancelled activity has no reminders left; reopening schedules them again")
        void dropped() {
            Activity task = crm().activities().plan(PlanActivity.task("Send offer", at(Duration.ofHours(5)))
                    .remindBefore(Duration.ofHours(1)));

            crm().activities().changeStatus(task.id(), ActivityStatus.DONE);
            assertThat(crm().activities().remindersOf(task.id())).isEmpty();

            crm().activities().changeStatus(task.id(), ActivityStatus.OPEN);
            assertThat(crm().activities().remindersOf(task.id())).hasSize(1);
        }
    }

    @Nested
    @DisplayName("dispatching")
    class Dispatching {

        @Test
        @DisplayName("a due reminder goes once to the owner and each attendee; a later dispatch sends nothing more")
        void once() {
            Activity meeting = meetingInADay();

            int sent = crm().reminders().dispatchDue(at(Duration.ZERO));
            int again = crm().reminders().dispatchDue(at(Duration.ofMinutes(1)));

            assertThat(sent).isEqualTo(1);
            assertThat(again).isZero();
            assertThat(fixture.notifications().sent()).extracting(Notification::recipient)
                    .containsExactly("alice", "bob");
            assertThat(fixture.notifications().sent()).allSatisfy(n -> {
                assertThat(n.kind()).isEqualTo(ReminderService.KIND);
                assertThat(n.attributes()).containsEntry("activityId", meeting.id().toString());
            });
        }

        @Test
        @DisplayName("reminders not yet due wait; when their time comes they are sent")
        void notYetDue() {
            meetingInADay();
            crm().reminders().dispatchDue(at(Duration.ZERO));
            fixture.notifications().clear();

            assertThat(crm().reminders().dispatchDue(at(Duration.ofHours(23)))).isZero();
            assertThat(crm().reminders().dispatchDue(at(Duration.ofHours(23).plusMinutes(45)))).isEqualTo(1);
            assertThat(fixture.notifications().sent()).hasSize(2);
        }

        @Test
        @DisplayName("more due reminders than one batch are all sent, each once")
        void manyBatches() {
            int count = ReminderService.BATCH + 20;
            for (int i = 0; i < count; i++) {
                crm().activities().plan(PlanActivity.task("Task " + i, at(Duration.ofMinutes(i)))
                        .remindBefore(Duration.ofHours(1)));
            }

            assertThat(crm().reminders().dispatchDue(at(Duration.ofDays(1)))).isEqualTo(count);
            assertThat(fixture.notifications().sent()).hasSize(count);
        }

        @Test
        @DisplayName("a reminder is claimed by exactly one caller")
        void claimOnce() {
            Activity meeting = meetingInADay();
            Reminder first = crm().activities().remindersOf(meeting.id()).get(0);

            boolean claimed = fixture.inTransaction(() -> store().reminders().claim(fixture.tenant(), first.id(),
                    at(Duration.ZERO)));
            boolean again = fixture.inTransaction(() -> store().reminders().claim(fixture.tenant(), first.id(),
                    at(Duration.ZERO)));

            assertThat(claimed).isTrue();
            assertThat(again).isFalse();
            assertThat(crm().reminders().dispatchDue(at(Duration.ZERO))).isZero();
        }

        @Test
        @DisplayName("a dispatcher sends only its own tenant's reminders")
        void tenants() {
            meetingInADay();
            fixture.context().switchTenant(CrmFixture.freshTenant());

            assertThat(crm().reminders().dispatchDue(at(Duration.ofDays(2)))).isZero();
            assertThat(fixture.inTransaction(() -> store().reminders().due(fixture.tenant(), at(Duration.ofDays(2)),
                    10))).isEqualTo(List.of());
        }
    }
}
