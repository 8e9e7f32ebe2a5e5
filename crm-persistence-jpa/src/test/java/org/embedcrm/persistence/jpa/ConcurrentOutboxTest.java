package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.embedcrm.core.Crm;
import org.embedcrm.core.internal.Notifications;
import org.embedcrm.core.outbox.DeliveryReport;
import org.embedcrm.core.outbox.OutboxEntryId;
import org.embedcrm.core.outbox.OutboxState;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.notification.Notifier;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.SettableClock;
import org.embedcrm.testkit.SwitchableContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with a store of its own (its own entity manager factory and connections), running the outbox
 * dispatcher over the same pending entries at the same moment, first while the receiver is down, then once it is
 * back: every entry is attempted by one node at a time and arrives exactly once.
 */
abstract class ConcurrentOutboxTest {

    private static final int ENTRIES = 200;
    private static final UserRef ALICE = UserRef.of("alice");

    private final ExecutorService nodes = Executors.newFixedThreadPool(2);
    private final CountingReceiver receiver = new CountingReceiver();

    /** @return the first node's store */
    protected abstract JpaCrmStore nodeA();

    /** @return the second node's store, over the same database */
    protected abstract JpaCrmStore nodeB();

    @AfterEach
    void stopNodes() {
        nodes.shutdownNow();
    }

    @Test
    @DisplayName("two dispatchers delivering the same 200 pending entries at once, while the receiver is down and "
            + "after it is back, attempt each once per round and deliver each exactly once, never both at a time")
    void exactlyOnce() throws Exception {
        TenantId tenant = CrmFixture.freshTenant();
        SettableClock clock = SettableClock.startingMonday();
        Crm a = node(nodeA(), tenant, clock);
        Crm b = node(nodeB(), tenant, clock);
        List<OutboxEntryId> ids = IntStream.range(0, ENTRIES)
                .mapToObj(i -> a.outbox().enqueue(Notifications.TOPIC, notification(tenant, clock, i))).toList();
        Set<String> keys = ids.stream().map(OutboxEntryId::toString).collect(Collectors.toSet());
        assertThat(a.outbox().counts()).isEqualTo(Map.of(OutboxState.PENDING, (long) ENTRIES));

        clock.advance(Duration.ofMinutes(1));
        List<DeliveryReport> whileDown = deliverAtOnce(a, b, clock.instant());
        receiver.up();
        clock.advance(Duration.ofMinutes(5));
        List<DeliveryReport> once = deliverAtOnce(a, b, clock.instant());

        System.out.println("outbox: while down, node A retried " + whileDown.get(0).retried() + ", node B "
                + whileDown.get(1).retried() + "; once back, node A delivered " + once.get(0).delivered()
                + ", node B " + once.get(1).delivered());
        assertThat(whileDown.get(0).retried() + whileDown.get(1).retried()).isEqualTo(ENTRIES);
        assertThat(receiver.failuresByKey()).as("failed attempts per entry: after commit, then in the round")
                .hasSize(ENTRIES).containsOnlyKeys(keys)
                .allSatisfy((key, failures) -> assertThat(failures).isEqualTo(2));
        assertThat(once.get(0).delivered() + once.get(1).delivered()).isEqualTo(ENTRIES);
        assertThat(once).allSatisfy(report -> assertThat(report.retried() + report.dead()).isZero());
        assertThat(receiver.deliveriesByKey()).hasSize(ENTRIES).containsOnlyKeys(keys)
                .allSatisfy((key, deliveries) -> assertThat(deliveries).isEqualTo(1));
        assertThat(receiver.heldTwiceAtOnce()).as("entries in two deliveries at the same time").isEmpty();
        assertThat(b.outbox().counts()).isEqualTo(Map.of(OutboxState.DELIVERED, (long) ENTRIES));
        assertThat(deliverAtOnce(a, b, clock.instant().plus(Duration.ofDays(1))))
                .containsOnly(new DeliveryReport(0, 0, 0));
    }

    private Crm node(JpaCrmStore store, TenantId tenant, SettableClock clock) {
        return Crm.builder().store(store).context(new SwitchableContext(tenant, ALICE)).clock(clock)
                .notifier(receiver).discoverPlugins(false).build();
    }

    private static Map<String, String> notification(TenantId tenant, SettableClock clock, int i) {
        Map<String, String> payload = new HashMap<>();
        payload.put("tenant", tenant.value());
        payload.put("recipient", "bob");
        payload.put("kind", "test.message");
        payload.put("subject", "Message " + i);
        payload.put("occurredAt", clock.instant().toString());
        return payload;
    }

    private List<DeliveryReport> deliverAtOnce(Crm a, Crm b, Instant now) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        return atOnce(() -> deliver(a, now, start), () -> deliver(b, now, start));
    }

    private static DeliveryReport deliver(Crm node, Instant now, CyclicBarrier start) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        return node.outbox().deliverDue(now);
    }

    private <T> List<T> atOnce(Callable<T> first, Callable<T> second) throws Exception {
        List<Future<T>> running = new ArrayList<>(nodes.invokeAll(List.of(first, second), 2, TimeUnit.MINUTES));
        List<T> results = new ArrayList<>();
        for (Future<T> result : running) {
            results.add(result.get());
        }
        return results;
    }

    /**
     * The remote side both nodes deliver to: down until {@link #up()}, it counts failed attempts and deliveries per
     * idempotency key, and notes any key it is handed while still busy with it. Each delivery takes a moment, so
     * that the two nodes' deliveries overlap in time.
     */
    private static final class CountingReceiver implements Notifier {

        private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        private final Set<String> heldTwice = ConcurrentHashMap.newKeySet();
        private volatile boolean down = true;

        @Override
        public void send(Notification notification) {
            String key = notification.attributes().get(Notifications.IDEMPOTENCY_KEY);
            AtomicInteger busy = inFlight.computeIfAbsent(key, k -> new AtomicInteger());
            if (busy.incrementAndGet() > 1) {
                heldTwice.add(key);
            }
            try {
                Thread.sleep(1);
                if (down) {
                    failures.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                    throw new IllegalStateException("the receiver is down");
                }
                deliveries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                busy.decrementAndGet();
            }
        }

        void up() {
            down = false;
        }

        Map<String, Integer> deliveriesByKey() {
            return counts(deliveries);
        }

        Map<String, Integer> failuresByKey() {
            return counts(failures);
        }

        Set<String> heldTwiceAtOnce() {
            return Set.copyOf(heldTwice);
        }

        private static Map<String, Integer> counts(Map<String, AtomicInteger> counters) {
            return counters.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        }
    }
}
