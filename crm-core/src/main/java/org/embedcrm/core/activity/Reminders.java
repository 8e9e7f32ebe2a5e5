package org.embedcrm.core.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.embedcrm.core.shared.TenantId;

/**
 * The port holding the reminders scheduled for activities. Every method works inside one tenant only. Contract:
 * {@code org.embedcrm.testkit.contract.RemindersContract}.
 */
public interface Reminders {

    /**
     * @param tenant   the tenant; never null
     * @param activity an activity; never null
     * @return its reminders, sent or not, earliest first; never null
     */
    List<Reminder> of(TenantId tenant, ActivityId activity);

    /** @param reminders new reminders, not sent; never null */
    void add(List<Reminder> reminders);

    /**
     * @param tenant the tenant; never null
     * @param ids    reminders to drop, sent or not; unknown ones are ignored; never null
     */
    void remove(TenantId tenant, Collection<ReminderId> ids);

    /**
     * @param tenant the tenant; never null
     * @param now    the dispatcher's time; never null
     * @param limit  at most this many; at least 1
     * @return reminders not sent yet and due at or before {@code now}, earliest first, then by id; never null
     */
    List<Reminder> due(TenantId tenant, Instant now, int limit);

    /**
     * Marks a reminder as sent, if nobody did so yet, with one conditional update: of two dispatchers claiming the
     * same reminder at once, exactly one gets {@code true}.
     *
     * @param tenant the tenant; never null
     * @param id     the reminder; never null
     * @param sentAt the time to record; never null
     * @return whether this call claimed it
     */
    boolean claim(TenantId tenant, ReminderId id, Instant sentAt);
}
