package org.embedcrm.spi.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message for one user of the host, e.g. "Lead 'Fleet renewal' was assigned to you by alice".
 *
 * @param tenant     the host's tenant key; never null
 * @param recipient  the host's key of the user to notify; never null
 * @param kind       what happened, a stable code such as {@code lead.assigned}; never null
 * @param subject    a one-line human-readable summary; never null
 * @param occurredAt when it happened; never null
 * @param attributes details by name (e.g. {@code leadId}); never null
 */
public record Notification(String tenant, String recipient, String kind, String subject, Instant occurredAt,
                           Map<String, String> attributes) {

    /** Rejects null parts and copies the attributes. */
    public Notification {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(occurredAt, "occurredAt");
        attributes = Map.copyOf(attributes);
    }
}
