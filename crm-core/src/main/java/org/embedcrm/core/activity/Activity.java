package org.embedcrm.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A commercial action on the calendar: a call or meeting to hold, a task to finish, or something else, owned by a
 * user and linked to a contact, lead and/or deal. Tasks have a due date ({@link #startsAt()} equals
 * {@link #endsAt()}); the others a start and an end.
 *
 * @param id               identifies it; never null
 * @param tenant           never null
 * @param version          the stored version: 0 when new and when just added, one more after each update
 * @param kind             never null
 * @param category         its entry of the tenant's category list, or null
 * @param subject          1 to 200 characters; never null
 * @param description      up to 4,000 characters, or null
 * @param startsAt         the start, or a task's due time; never null
 * @param endsAt           the end, not before the start; a task's due time; never null
 * @param location         up to 200 characters, or null
 * @param owner            who does it; never null
 * @param attendees        users taking part besides the owner; never null
 * @param attendeeContacts contacts taking part; never null
 * @param status           one of {@link ActivityStatus#allowedFor(ActivityKind)}; never null
 * @param priority         never null
 * @param contact          the contact it is about, or null
 * @param lead             the lead it is about, or null
 * @param deal             the deal it is about, or null
 * @param reminders        how long before the start to remind the owner and attendees; distinct, none negative
 *                         or over 30 days, at most 10; never null
 * @param createdAt        never null
 * @param createdBy        never null
 * @param updatedAt        never null
 */
public record Activity(ActivityId id, TenantId tenant, long version, ActivityKind kind, ActivityCategoryId category,
                       String subject, String description, Instant startsAt, Instant endsAt, String location,
                       UserRef owner, Set<UserRef> attendees, Set<ContactId> attendeeContacts,
                       ActivityStatus status, ActivityPriority priority, ContactId contact, LeadId lead,
                       DealId deal, List<Duration> reminders, Instant createdAt, UserRef createdBy,
                       Instant updatedAt) {

    /** Longest subject accepted. */
    public static final int SUBJECT_MAX = 200;
    /** Longest description accepted. */
    public static final int DESCRIPTION_MAX = 4000;
    /** Longest location accepted. */
    public static final int LOCATION_MAX = 200;
    /** Most reminders per activity. */
    public static final int REMINDERS_MAX = 10;
    /** Longest time a reminder may come before the start. */
    public static final Duration REMINDER_LEAD_MAX = Duration.ofDays(30);

    /** Rejects missing parts and broken rules, each with its own code. */
    public Activity {
        Objects.requireNonNull(id, "activity id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        subject = Names.require("subject", subject, SUBJECT_MAX);
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(owner, "owner");
        attendees = Set.copyOf(attendees);
        attendeeContacts = Set.copyOf(attendeeContacts);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        reminders = List.copyOf(reminders);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
        checkSchedule(kind, startsAt, endsAt);
        checkReminders(reminders);
        if (!ActivityStatus.allowedFor(kind).contains(status)) {
            throw ValidationException.of("status", "activity.status.invalid",
                    "a " + kind.name().toLowerCase() + " cannot be " + status.name().toLowerCase());
        }
    }

    private static void checkSchedule(ActivityKind kind, Instant startsAt, Instant endsAt) {
        if (endsAt.isBefore(startsAt)) {
            throw ValidationException.of("endsAt", "activity.ends-before-start", "an activity cannot end before it starts");
        }
        if (kind.isTask() && !endsAt.equals(startsAt)) {
            throw ValidationException.of("endsAt", "activity.task-has-end", "a task has a due time, not a start and an end");
        }
    }

    private static void checkReminders(List<Duration> reminders) {
        if (reminders.size() > REMINDERS_MAX) {
            throw ValidationException.of("reminders", "activity.reminders.too-many",
                    "an activity has at most " + REMINDERS_MAX + " reminders");
        }
        if (new HashSet<>(reminders).size() != reminders.size()) {
            throw ValidationException.of("reminders", "activity.reminders.duplicate", "reminders must differ");
        }
        for (Duration before : reminders) {
            if (before.isNegative() || before.compareTo(REMINDER_LEAD_MAX) > 0) {
                throw ValidationException.of("reminders", "activity.reminder.invalid",
                        "a reminder comes 0 to 30 days before the start: " + before);
            }
        }
    }

    /** @return a task's due time */
    public Optional<Instant> dueAt() {
        return kind.isTask() ? Optional.of(startsAt) : Optional.empty();
    }

    /**
     * @param user a user; never null
     * @return whether that user owns or attends this activity
     */
    public boolean involves(UserRef user) {
        return owner.equals(user) || attendees.contains(user);
    }

    /** @return the owner and the attendees, owner first; the people its reminders go to */
    public List<UserRef> participants() {
        return Stream.concat(Stream.of(owner),
                attendees.stream().filter(a -> !a.equals(owner)).sorted(Comparator.comparing(UserRef::value)))
                .toList();
    }

    /**
     * @return the reminders to send, each at its time before the start; none once the activity is done or
     *         cancelled
     */
    public List<Instant> reminderTimes() {
        return status.isPending() ? reminders.stream().map(startsAt::minus).toList() : List.of();
    }

    Activity withStatus(ActivityStatus value, Instant now) {
        return new Activity(id, tenant, version, kind, category, subject, description, startsAt, endsAt, location,
                owner, attendees, attendeeContacts, value, priority, contact, lead, deal, reminders, createdAt,
                createdBy, now);
    }
}
