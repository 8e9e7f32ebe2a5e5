package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.embedcrm.core.internal.Notifications;
import org.embedcrm.core.outbox.DeliveryReport;
import org.embedcrm.core.outbox.OutboxEntry;
import org.embedcrm.core.outbox.OutboxEntryId;
import org.embedcrm.core.outbox.OutboxState;
import org.embedcrm.core.outbox.RetryPolicy;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.embedcrm.core.outbox.Outbox} port, through the outbox service. */
public abstract class OutboxContract extends StoreContract {

    private Map<String, String> notification(String subject) {
        Map<String, String> payload = new HashMap<>();
        payload.put("tenant", fixture.tenant().value());
        payload.put("recipient", "bob");
        payload.put("kind", "test.message");
        payload.put("subject", subject);
        payload.put("occurredAt", fixture.clock().instant().toString());
        return payload;
    }

    private OutboxEntryId enqueue(String subject) {
        return crm().outbox().enqueue(Notifications.TOPIC, notification(subject));
    }

    private OutboxEntry entry(OutboxEntryId id) {
        return fixture.inTransaction(() -> store().outbox().find(fixture.tenant(), id)).orElseThrow();
    }

    private Instant later(Duration amount) {
        fixture.clock().advance(amount);
        return fixture.clock().instant();
    }

    @Nested
    @DisplayName("delivery")
    class Delivery {

        @Test
        @DisplayName("an entry is delivered right after commit, with its idempotency key, and kept as delivered")
        void afterCommit() {
            OutboxEntryId id = enqueue("Hello");

            assertThat(fixture.notifications().sent()).singleElement().satisfies(n -> {
                assertThat(n.subject()).isEqualTo("Hello");
                assertThat(n.attributes()).containsEntry(Notifications.IDEMPOTENCY_KEY, id.toString());
            });
            OutboxEntry stored = entry(id);
            assertThat(stored.state()).isEqualTo(OutboxState.DELIVERED);
            assertThat(stored.attempts()).isEqualTo(1);
            assertThat(crm().outbox().deliverDue(later(Duration.ofHours(1)))).isEqualTo(new DeliveryReport(0, 0, 0));
            assertThat(fixture.notifications().sent()).hasSize(1);
        }

        @Test
        @DisplayName("an entry written by a change that rolls back is never delivered")
        void rollback() {
            assertThatThrownBy(() -> fixture.inTransaction(() -> {
                enqueue("Never");
                throw new IllegalStateException("the change fails after writing the entry");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(crm().outbox().deliverDue(later(Duration.ofDays(1))).delivered()).isZero();
            assertThat(fixture.notifications().sent()).isEmpty();
            assertThat(crm().outbox().counts()).isEmpty();
        }

        @Test
        @DisplayName("the payload comes back exactly, whatever characters it holds")
        void payload() {
            String subject = "a=b\\c\nd \u00e9\u4e2d \ud83d\ude00 \r end=";

            enqueue(subject);

            assertThat(fixture.notifications().sent()).extracting(Notification::subject).containsExactly(subject);
        }
    }

    @Nested
    @DisplayName("retries")
    class Retries {

        @Test
        @DisplayName("while the remote side is down nothing is lost; once it is back every entry arrives exactly once")
        void remoteDown() {
            fixture.notifications().down(true);
            List<OutboxEntryId> ids = IntStream.range(0, 12).mapToObj(i -> enqueue("Message " + i)).toList();
            assertThat(ids).allSatisfy(id -> assertThat(entry(id).attempts()).isEqualTo(1));

            DeliveryReport tooEarly = crm().outbox().deliverDue(later(Duration.ofSeconds(10)));
            DeliveryReport stillDown = crm().outbox().deliverDue(later(Duration.ofSeconds(30)));
            fixture.notifications().down(false);
            DeliveryReport waiting = crm().outbox().deliverDue(later(Duration.ofSeconds(30)));
            DeliveryReport back = crm().outbox().deliverDue(later(Duration.ofSeconds(40)));

            assertThat(tooEarly).isEqualTo(new DeliveryReport(0, 0, 0));
            assertThat(stillDown).isEqualTo(new DeliveryReport(0, 12, 0));
            assertThat(waiting).isEqualTo(new DeliveryReport(0, 0, 0));
            assertThat(back).isEqualTo(new DeliveryReport(12, 0, 0));
            Set<String> keys = fixture.notifications().sent().stream()
                    .map(n -> n.attributes().get(Notifications.IDEMPOTENCY_KEY)).collect(Collectors.toSet());
            assertThat(fixture.notifications().sent()).hasSize(12);
            assertThat(keys).isEqualTo(ids.stream().map(OutboxEntryId::toString).collect(Collectors.toSet()));
            assertThat(crm().outbox().counts()).isEqualTo(Map.of(OutboxState.DELIVERED, 12L));
        }

        @Test
        @DisplayName("after the last attempt an entry is dead, with its error; requeued, it is delivered")
        void deadLetter() {
            fixture.notifications().down(true);
            OutboxEntryId id = enqueue("Doomed");
            for (int attempt = 2; attempt <= RetryPolicy.DEFAULT.maxAttempts(); attempt++) {
                crm().outbox().deliverDue(later(Duration.ofHours(2)));
            }

            OutboxEntry dead = entry(id);
            assertThat(dead.state()).isEqualTo(OutboxState.DEAD);
            assertThat(dead.attempts()).isEqualTo(RetryPolicy.DEFAULT.maxAttempts());
            assertThat(dead.lastError()).contains("down");
            assertThat(crm().outbox().entries(OutboxState.DEAD, 10)).extracting(OutboxEntry::id).containsExactly(id);

            fixture.notifications().down(false);
            assertThat(crm().outbox().requeue(id)).isTrue();
            assertThat(crm().outbox().deliverDue(fixture.clock().instant()).delivered()).isEqualTo(1);
            assertThat(crm().outbox().requeue(id)).isFalse();
        }

        @Test
        @DisplayName("the wait between attempts doubles up to the policy's longest wait")
        void backoff() {
            fixture.notifications().down(true);
            OutboxEntryId id = enqueue("Slow");
            Instant first = entry(id).nextAttemptAt();
            crm().outbox().deliverDue(later(Duration.ofSeconds(30)));
            Instant second = entry(id).nextAttemptAt();

            assertThat(Duration.between(fixture.clock().instant().minusSeconds(30), first))
                    .isEqualTo(Duration.ofSeconds(30));
            assertThat(Duration.between(fixture.clock().instant(), second)).isEqualTo(Duration.ofMinutes(1));
        }
    }

    @Nested
    @DisplayName("claims")
    class Claims {

        @Test
        @DisplayName("an entry is claimed by one dispatcher at a time; an expired lease can be taken over")
        void lease() {
            fixture.notifications().down(true);
            OutboxEntryId id = enqueue("Claimed");
            Instant due = later(Duration.ofMinutes(1));

            boolean first = fixture.inTransaction(() -> store().outbox().claim(fixture.tenant(), id, due,
                    due.plus(Duration.ofMinutes(5))));
            boolean second = fixture.inTransaction(() -> store().outbox().claim(fixture.tenant(), id, due,
                    due.plus(Duration.ofMinutes(5))));
            Instant afterLease = due.plus(Duration.ofMinutes(6));
            boolean takeover = fixture.inTransaction(() -> store().outbox().claim(fixture.tenant(), id, afterLease,
                    afterLease.plus(Duration.ofMinutes(5))));

            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(takeover).isTrue();
            assertThat(fixture.inTransaction(() -> store().outbox().due(fixture.tenant(), afterLease, 10))).isEmpty();
        }

        @Test
        @DisplayName("a dispatcher sees only its own tenant's entries")
        void tenants() {
            fixture.notifications().down(true);
            enqueue("Mine");
            fixture.context().switchTenant(CrmFixture.freshTenant());

            assertThat(crm().outbox().deliverDue(later(Duration.ofDays(1)))).isEqualTo(new DeliveryReport(0, 0, 0));
            assertThat(crm().outbox().counts()).isEmpty();
        }
    }
}
