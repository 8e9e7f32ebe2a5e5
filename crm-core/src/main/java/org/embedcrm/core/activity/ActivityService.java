package org.embedcrm.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.deal.Deals;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.lead.Leads;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.shared.UserRef;

/**
 * Plans, changes and completes activities (calls, meetings, tasks, other), keeps their reminders scheduled, and
 * answers the calendar and task lists. Obtain it from {@link org.embedcrm.core.Crm#activities()}.
 */
public final class ActivityService {

    /** Most activities one calendar or task list call returns. */
    public static final int MAX_RESULTS = 500;

    private final ServiceContext ctx;
    private final Activities activities;
    private final Reminders reminders;
    private final ActivityCategories categories;
    private final Links links;

    /**
     * @param ctx      the service plumbing; never null
     * @param ports    the activity ports; never null
     * @param contacts the contact port, to check links; never null
     * @param leads    the lead port, to check links; never null
     * @param deals    the deal port, to check links; never null
     */
    public ActivityService(ServiceContext ctx, ActivityPorts ports, Contacts contacts, Leads leads, Deals deals) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.activities = ports.activities();
        this.reminders = ports.reminders();
        this.categories = ports.categories();
        this.links = new Links(contacts, leads, deals);
    }

    /**
     * @param command the activity; never null
     * @return the stored activity, planned (or open, for a task), with its reminders scheduled
     * @throws NotFoundException      when a linked contact, lead, deal or the category does not exist
     * @throws RuleViolationException {@code activity-category.inactive}
     */
    public Activity plan(PlanActivity command) {
        return ctx.execute(command, () -> {
            checkLinks(command);
            Instant now = ctx.now();
            Activity stored = activities.add(build(command, new ActivityId(ctx.ids().next()), 0,
                    ActivityStatus.initialFor(command.kind()), now, ctx.actor(), now));
            scheduleReminders(stored);
            return stored;
        });
    }

    /**
     * Replaces an activity's fields (its status stays) and reschedules its reminders.
     *
     * @param id              the activity; never null
     * @param expectedVersion the version the caller edited
     * @param command         the new field values; never null
     * @return the stored activity
     * @throws ConflictException   when someone changed it since
     * @throws ValidationException {@code activity.kind-changed} when the command has another kind
     */
    public Activity update(ActivityId id, long expectedVersion, PlanActivity command) {
        Objects.requireNonNull(id, "activity");
        return ctx.execute(command, () -> {
            Activity current = load(id);
            ServiceContext.checkVersion("activity", id, current.version(), expectedVersion);
            if (current.kind() != command.kind()) {
                throw ValidationException.of("kind", "activity.kind-changed",
                        "an activity keeps its kind; plan a new one instead");
            }
            checkLinks(command);
            Activity stored = activities.update(build(command, id, current.version(), current.status(),
                    current.createdAt(), current.createdBy(), ctx.now()));
            scheduleReminders(stored);
            return stored;
        });
    }

    /**
     * Marks an activity done, cancelled, in progress or back to open/planned. Reminders of a done or cancelled
     * activity are dropped; reopening schedules them again.
     *
     * @param id     the activity; never null
     * @param status one of the statuses its kind allows; never null
     * @return the stored activity
     */
    public Activity changeStatus(ActivityId id, ActivityStatus status) {
        Objects.requireNonNull(id, "activity");
        Objects.requireNonNull(status, "status");
        return ctx.run(() -> {
            Activity current = load(id);
            if (current.status() == status) {
                return current;
            }
            Activity stored = activities.update(current.withStatus(status, ctx.now()));
            scheduleReminders(stored);
            ctx.publish(new ActivityStatusChanged(ctx.tenant(), ctx.now(), ctx.actor(), id, current.status(), status));
            return stored;
        });
    }

    /**
     * @param id the activity; never null
     * @return it
     * @throws NotFoundException when it does not exist in the tenant
     */
    public Activity get(ActivityId id) {
        Objects.requireNonNull(id, "activity");
        return ctx.run(() -> load(id));
    }

    /**
     * @param id the activity; never null
     * @return its reminders, sent or not, earliest first
     */
    public List<Reminder> remindersOf(ActivityId id) {
        Objects.requireNonNull(id, "activity");
        return ctx.run(() -> reminders.of(ctx.tenant(), load(id).id()));
    }

    /**
     * The calendar of some users (a team is the set of its members): their activities, owned or attended, that
     * overlap a time range, by start.
     *
     * @param users the users; never null, 1 to 500
     * @param from  the range's start, inclusive; never null
     * @param to    the range's end, exclusive, after {@code from}; never null
     * @return at most {@value #MAX_RESULTS} activities
     */
    public List<Activity> calendar(Set<UserRef> users, Instant from, Instant to) {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (users.isEmpty() || users.size() > MAX_RESULTS) {
            throw ValidationException.of("users", "calendar.users.invalid", "a calendar shows 1 to 500 users");
        }
        if (!to.isAfter(from)) {
            throw ValidationException.of("to", "calendar.range.invalid", "a calendar range ends after it starts");
        }
        return ctx.run(() -> activities.calendar(ctx.tenant(), Set.copyOf(users), from, to, MAX_RESULTS));
    }

    /**
     * @param owner only this user's tasks, or null for everyone's
     * @param limit at most this many, 1 to {@value #MAX_RESULTS}
     * @return the tasks not done yet, earliest due first
     */
    public List<Activity> upcomingTasks(UserRef owner, int limit) {
        if (limit < 1 || limit > MAX_RESULTS) {
            throw ValidationException.of("limit", "tasks.limit.invalid", "ask for 1 to 500 tasks");
        }
        return ctx.run(() -> activities.upcomingTasks(ctx.tenant(), owner, limit));
    }

    /** @return how many tasks the tenant has in each status that has any */
    public Map<ActivityStatus, Long> tasksByStatus() {
        return ctx.run(() -> activities.taskCountsByStatus(ctx.tenant()));
    }

    Activity load(ActivityId id) {
        return activities.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("activity", id));
    }

    private void checkLinks(PlanActivity command) {
        links.check(ctx.tenant(), command.contact(), command.lead(), command.deal());
        links.checkContacts(ctx.tenant(), command.attendeeContacts() == null ? Set.of() : command.attendeeContacts());
        if (command.category() != null) {
            ActivityCategory category = categories.find(ctx.tenant(), command.category())
                    .orElseThrow(() -> new NotFoundException("activity-category", command.category()));
            if (!category.active()) {
                throw new RuleViolationException("activity-category.inactive",
                        "activity category '" + category.name() + "' is no longer in use");
            }
        }
    }

    private Activity build(PlanActivity c, ActivityId id, long version, ActivityStatus status, Instant createdAt,
                           UserRef createdBy, Instant now) {
        Instant start = c.startsAt().truncatedTo(ChronoUnit.MICROS);
        Instant end = c.endsAt() == null ? start : c.endsAt().truncatedTo(ChronoUnit.MICROS);
        return new Activity(id, ctx.tenant(), version, c.kind(), c.category(), c.subject(), c.description(),
                start, end, c.location(), c.owner() == null ? ctx.actor() : c.owner(),
                orEmpty(c.attendees()), orEmpty(c.attendeeContacts()), status,
                c.priority() == null ? ActivityPriority.NORMAL : c.priority(), c.contact(), c.lead(), c.deal(),
                c.reminders() == null ? List.of() : c.reminders(), createdAt, createdBy, now);
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    /** Keeps reminders whose time is unchanged (sent or not), drops the others and adds the missing ones. */
    private void scheduleReminders(Activity activity) {
        List<Reminder> existing = reminders.of(ctx.tenant(), activity.id());
        List<Duration> wanted = activity.status().isPending() ? activity.reminders() : List.of();
        List<ReminderId> obsolete = new ArrayList<>();
        List<Duration> kept = new ArrayList<>();
        for (Reminder reminder : existing) {
            boolean current = wanted.contains(reminder.before())
                    && reminder.remindAt().equals(activity.startsAt().minus(reminder.before()));
            if (current) {
                kept.add(reminder.before());
            } else {
                obsolete.add(reminder.id());
            }
        }
        if (!obsolete.isEmpty()) {
            reminders.remove(ctx.tenant(), obsolete);
        }
        List<Reminder> added = wanted.stream().filter(before -> !kept.contains(before))
                .map(before -> new Reminder(new ReminderId(ctx.ids().next()), ctx.tenant(), activity.id(), before,
                        activity.startsAt().minus(before), null))
                .toList();
        if (!added.isEmpty()) {
            reminders.add(added);
        }
    }
}
