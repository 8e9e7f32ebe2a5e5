package org.embedcrm.core.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.internal.Notifications;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.spi.notification.Notification;

/**
 * Sends the reminders of activities that are due. The host's scheduler calls {@link #dispatchDue(Instant)}, e.g.
 * once a minute, on every node it likes: each reminder is claimed with one conditional update before it is sent,
 * so two nodes dispatching at once never send the same reminder twice. Obtain it from
 * {@link org.embedcrm.core.Crm#reminders()}.
 *
 * <p>A claimed reminder is sent through the notification SPI after its claim commits, to the activity's owner and
 * each attending user, as a {@value #KIND} notification.
 */
public final class ReminderService {

    /** The notification kind of a reminder. */
    public static final String KIND = "activity.reminder";
    /** Reminders read per round; rounds repeat until none is due. */
    public static final int BATCH = 100;

    private final ServiceContext ctx;
    private final Reminders reminders;
    private final Activities activities;
    private final Notifications notifications;

    /**
     * @param ctx           the service plumbing; never null
     * @param ports         the activity ports; never null
     * @param notifications sends the reminders after commit; never null
     */
    public ReminderService(ServiceContext ctx, ActivityPorts ports, Notifications notifications) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.reminders = ports.reminders();
        this.activities = ports.activities();
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    /**
     * Sends every reminder of the tenant due at or before {@code now} that no dispatcher sent yet.
     *
     * @param now the scheduler's time; never null
     * @return how many reminders this call sent
     */
    public int dispatchDue(Instant now) {
        Objects.requireNonNull(now, "now");
        int sent = 0;
        List<Reminder> due = ctx.run(() -> reminders.due(ctx.tenant(), now, BATCH));
        while (!due.isEmpty()) {
            for (Reminder reminder : due) {
                if (ctx.run(() -> claimAndSend(reminder))) {
                    sent++;
                }
            }
            due = due.size() < BATCH ? List.of() : ctx.run(() -> reminders.due(ctx.tenant(), now, BATCH));
        }
        return sent;
    }

    private boolean claimAndSend(Reminder reminder) {
        if (!reminders.claim(ctx.tenant(), reminder.id(), ctx.now())) {
            return false;
        }
        activities.find(ctx.tenant(), reminder.activity()).ifPresent(activity -> activity.participants().forEach(
                user -> notifications.sendAfterCommit(new Notification(ctx.tenant().value(), user.value(), KIND,
                        "Reminder: " + activity.subject() + " at " + activity.startsAt(), ctx.now(),
                        Map.of("activityId", activity.id().toString(), "reminderId", reminder.id().toString(),
                                "startsAt", activity.startsAt().toString())))));
        return true;
    }
}
