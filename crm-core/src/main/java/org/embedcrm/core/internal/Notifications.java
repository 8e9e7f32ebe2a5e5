package org.embedcrm.core.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.outbox.OutboxHandler;
import org.embedcrm.core.outbox.OutboxService;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.notification.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notifications through the outbox: each one is written in the current transaction and delivered to every
 * registered {@link Notifier} after commit; when one fails, the others still get it, and the whole delivery is
 * retried later with the same idempotency key (so a notifier may see it again). Without any notifier, it is logged.
 * Notifiers find the entry's idempotency key in the attribute {@value #IDEMPOTENCY_KEY}.
 */
public final class Notifications {

    /** The outbox topic of notifications. */
    public static final String TOPIC = "notification";
    /** The attribute holding the idempotency key of a delivered notification. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    private static final String ATTRIBUTE = "attribute.";

    private final OutboxService outbox;

    /** @param outbox where notifications are written; its handlers include {@link #handler(List)}; never null */
    public Notifications(OutboxService outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * @param notifiers the registered and discovered notifiers, maybe none; never null
     * @return the outbox handler delivering notifications to them
     */
    public static OutboxHandler handler(List<Notifier> notifiers) {
        List<Notifier> targets = notifiers.isEmpty() ? List.of(Notifications::log) : List.copyOf(notifiers);
        return new OutboxHandler() {
            @Override
            public String topic() {
                return TOPIC;
            }

            @Override
            public void deliver(TenantId tenant, String idempotencyKey, Map<String, String> payload) {
                Notification notification = fromPayload(payload, idempotencyKey);
                RuntimeException failure = null;
                for (Notifier notifier : targets) {
                    try {
                        notifier.send(notification);
                    } catch (RuntimeException e) {
                        if (failure == null) {
                            failure = e;
                        } else {
                            failure.addSuppressed(e);
                        }
                    }
                }
                if (failure != null) {
                    throw failure;
                }
            }
        };
    }

    /** @param notification what to send after commit; never for a rolled-back change */
    public void sendAfterCommit(Notification notification) {
        outbox.enqueue(TOPIC, toPayload(notification));
    }

    private static Map<String, String> toPayload(Notification n) {
        Map<String, String> payload = new HashMap<>();
        payload.put("tenant", n.tenant());
        payload.put("recipient", n.recipient());
        payload.put("kind", n.kind());
        payload.put("subject", n.subject());
        payload.put("occurredAt", n.occurredAt().toString());
        n.attributes().forEach((name, value) -> payload.put(ATTRIBUTE + name, value));
        return payload;
    }

    private static Notification fromPayload(Map<String, String> payload, String idempotencyKey) {
        Map<String, String> attributes = new HashMap<>();
        payload.forEach((name, value) -> {
            if (name.startsWith(ATTRIBUTE)) {
                attributes.put(name.substring(ATTRIBUTE.length()), value);
            }
        });
        attributes.put(IDEMPOTENCY_KEY, idempotencyKey);
        return new Notification(payload.get("tenant"), payload.get("recipient"), payload.get("kind"),
                payload.get("subject"), Instant.parse(payload.get("occurredAt")), attributes);
    }

    private static void log(Notification n) {
        LOG.info("notify {} in tenant {}: {} {}", n.recipient(), n.tenant(), n.subject(), n.attributes());
    }
}
