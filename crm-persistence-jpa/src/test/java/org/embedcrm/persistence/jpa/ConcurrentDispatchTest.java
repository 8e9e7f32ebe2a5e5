package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityId;
import org.embedcrm.core.activity.ActivityKind;
import org.embedcrm.core.activity.ActivityPriority;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.activity.Reminder;
import org.embedcrm.core.activity.ReminderId;
import org.embedcrm.core.activity.ReminderService;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with a store of its own (its own entity manager factory and connections), dispatching the same
 * due reminders at the same moment: the conditional claim lets exactly one of them send each reminder.
 */
abstract class ConcurrentDispatchTest {

    private static final int REMINDERS = 200;
    private static final UserRef ALICE = UserRef.of("alice");
    private static final UserRef BOB = UserRef.of("bob");

    private final ExecutorService nodes = Executors.newFixedThreadPool(2);

    /** @return the first node's store */
    protected abstract JpaCrmStore nodeA();

    /** @return the second node's store, over the same database */
    protected abstract JpaCrmStore nodeB();

    @AfterEach
    void stopNodes() {
        nodes.shutdownNow();
    }

    @Test
    @DisplayName("two dispatchers claiming the same 200 due reminders at once claim each exactly once in total")
    void claims() throws Exception {
        TenantId tenant = CrmFixture.freshTenant();
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        Activity meeting = nodeA().transactions().inTransaction(() -> nodeA().activities().add(new Activity(
                new ActivityId(UUID.randomUUID()), tenant, 0, ActivityKind.MEETING, null, "Review", null,
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), null, ALICE, Set.of(), Set.of(),
                ActivityStatus.PLANNED, ActivityPriority.NORMAL, null, null, null, List.of(), now, ALICE, now)));
        List<Reminder> reminders = IntStream.range(0, REMINDERS).mapToObj(i -> new Reminder(
                new ReminderId(UUID.randomUUID()), tenant, meeting.id(), Duration.ofDays(1).plusMinutes(i),
                now.minus(Duration.ofMinutes(i)), null)).toList();
        nodeA().transactions().inTransaction(() -> {
            nodeA().reminders().add(reminders);
            return null;
        });
        CyclicBarrier start = new CyclicBarrier(2);

        List<Set<ReminderId>> claimed = atOnce(
                () -> claimAllDue(nodeA(), tenant, now, start), () -> claimAllDue(nodeB(), tenant, now, start));

        System.out.println("claims: node A " + claimed.get(0).size() + ", node B " + claimed.get(1).size());
        assertThat(claimed.get(0)).doesNotContainAnyElementsOf(claimed.get(1));
        assertThat(union(claimed)).containsExactlyInAnyOrderElementsOf(reminders.stream().map(Reminder::id).toList());
        assertThat(nodeB().transactions().inTransaction(() -> nodeB().reminders().due(tenant, now, REMINDERS)))
                .isEmpty();
    }

    @Test
    @DisplayName("two CRMs dispatching the same 200 due reminders at once send one notification per reminder and "
            + "recipient")
    void dispatch() throws Exception {
        CrmFixture a = CrmFixture.on(nodeA());
        CrmFixture b = CrmFixture.on(nodeB());
        b.context().switchTenant(a.tenant());
        Instant start = a.clock().instant().plus(Duration.ofDays(2));
        for (int i = 0; i < REMINDERS / 2; i++) {
            a.crm().activities().plan(PlanActivity.meeting("Visit " + i, start.plusSeconds(60L * i),
                            start.plusSeconds(60L * i + 1800)).withAttendees(Set.of(BOB), Set.of())
                    .remindBefore(Duration.ofMinutes(15), Duration.ofDays(1)));
        }
        Instant later = start.plus(Duration.ofDays(1));
        a.clock().setTo(later);
        b.clock().setTo(later);
        CyclicBarrier barrier = new CyclicBarrier(2);

        List<Integer> sent = atOnce(() -> dispatch(a, later, barrier), () -> dispatch(b, later, barrier));

        List<Notification> notifications = Stream.concat(a.notifications().sent().stream(),
                b.notifications().sent().stream()).toList();
        System.out.println("dispatch: node A sent " + sent.get(0) + ", node B " + sent.get(1) + " reminders");
        assertThat(sent.get(0) + sent.get(1)).isEqualTo(REMINDERS);
        assertThat(notifications).hasSize(2 * REMINDERS)
                .allSatisfy(n -> assertThat(n.kind()).isEqualTo(ReminderService.KIND));
        Map<String, List<String>> recipientsByReminder = notifications.stream().collect(Collectors.groupingBy(
                n -> n.attributes().get("reminderId"), Collectors.mapping(Notification::recipient,
                        Collectors.toList())));
        assertThat(recipientsByReminder).hasSize(REMINDERS)
                .allSatisfy((reminder, recipients) -> assertThat(recipients)
                        .containsExactlyInAnyOrder(ALICE.value(), BOB.value()));
    }

    private static Set<ReminderId> claimAllDue(JpaCrmStore node, TenantId tenant, Instant now, CyclicBarrier start)
            throws Exception {
        List<Reminder> due = node.transactions().inTransaction(() -> node.reminders().due(tenant, now, REMINDERS));
        start.await(30, TimeUnit.SECONDS);
        Set<ReminderId> claimed = new HashSet<>();
        for (Reminder reminder : due) {
            if (node.transactions().inTransaction(() -> node.reminders().claim(tenant, reminder.id(), now))) {
                claimed.add(reminder.id());
            }
        }
        return claimed;
    }

    private static int dispatch(CrmFixture node, Instant now, CyclicBarrier start) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        return node.crm().reminders().dispatchDue(now);
    }

    private <T> List<T> atOnce(Callable<T> first, Callable<T> second) throws Exception {
        List<Future<T>> running = new ArrayList<>(nodes.invokeAll(List.of(first, second), 2, TimeUnit.MINUTES));
        List<T> results = new ArrayList<>();
        for (Future<T> result : running) {
            results.add(result.get());
        }
        return results;
    }

    private static <T> Set<T> union(List<Set<T>> sets) {
        return sets.stream().flatMap(Set::stream).collect(Collectors.toSet());
    }
}
