package org.embedcrm.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.shared.TenantId;

/**
 * One scheduled reminder of an activity: sent once, at {@code remindAt}, to the activity's owner and attendees.
 *
 * @param id       identifies it; never null
 * @param tenant   never null
 * @param activity the activity; never null
 * @param before   how long before the activity's start; never null
 * @param remindAt when it is due; never null
 * @param sentAt   when it was sent (claimed by a dispatcher), or null while pending
 */
public record Reminder(ReminderId id, TenantId tenant, ActivityId activity, Duration before, Instant remindAt,
                       Instant sentAt) {

    /** Rejects missing parts. */
    public Reminder {
        Objects.requireNonNull(id, "reminder id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(remindAt, "remindAt");
    }

    /** @return when it was sent, if it was */
    public Optional<Instant> sent() {
        return Optional.ofNullable(sentAt);
    }
}
