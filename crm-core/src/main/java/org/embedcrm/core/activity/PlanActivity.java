package org.embedcrm.core.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.UserRef;

/**
 * Command: plan an activity, or (with {@code ActivityService.update}) change one. Start from {@link #task},
 * {@link #call} or {@link #meeting}.
 *
 * @param kind             never null
 * @param subject          1 to 200 characters
 * @param startsAt         the start, or a task's due time; never null
 * @param endsAt           the end, or null for the start (required to be null or equal to the start for tasks)
 * @param category         an active category of the tenant, or null
 * @param description      up to 4,000 characters, or null
 * @param location         up to 200 characters, or null
 * @param owner            who does it, or null for the caller
 * @param attendees        other users taking part, or null for none
 * @param attendeeContacts contacts taking part, or null for none
 * @param priority         or null for {@link ActivityPriority#NORMAL}
 * @param contact          the contact it is about, or null
 * @param lead             the lead it is about, or null
 * @param deal             the deal it is about, or null
 * @param reminders        how long before the start to remind, or null for none
 */
public record PlanActivity(@NotNull ActivityKind kind, @NotBlank @Size(max = Activity.SUBJECT_MAX) String subject,
                           @NotNull Instant startsAt, Instant endsAt, ActivityCategoryId category,
                           @Size(max = Activity.DESCRIPTION_MAX) String description,
                           @Size(max = Activity.LOCATION_MAX) String location, UserRef owner,
                           @Size(max = PlanActivity.ATTENDEES_MAX) Set<@NotNull UserRef> attendees,
                           @Size(max = PlanActivity.ATTENDEES_MAX) Set<@NotNull ContactId> attendeeContacts,
                           ActivityPriority priority, ContactId contact, LeadId lead, DealId deal,
                           List<@NotNull Duration> reminders) {

    /** Most attendees accepted, users and contacts each. */
    public static final int ATTENDEES_MAX = 100;

    /**
     * @param subject what to do
     * @param due     when it is due; never null
     * @return a command planning a task
     */
    public static PlanActivity task(String subject, Instant due) {
        return of(ActivityKind.TASK, subject, due, null);
    }

    /**
     * @param subject what the call is about
     * @param at      when to call; never null
     * @return a command planning a call
     */
    public static PlanActivity call(String subject, Instant at) {
        return of(ActivityKind.CALL, subject, at, null);
    }

    /**
     * @param subject what the meeting is about
     * @param start   its start; never null
     * @param end     its end; never null
     * @return a command planning a meeting
     */
    public static PlanActivity meeting(String subject, Instant start, Instant end) {
        return of(ActivityKind.MEETING, subject, start, Objects.requireNonNull(end, "end"));
    }

    /**
     * @param kind    any kind; never null
     * @param subject what it is about
     * @param start   its start or due time; never null
     * @param end     its end, or null
     * @return a command planning it
     */
    public static PlanActivity of(ActivityKind kind, String subject, Instant start, Instant end) {
        return new PlanActivity(Objects.requireNonNull(kind, "kind"), subject, Objects.requireNonNull(start, "start"),
                end, null, null, null, null, Set.of(), Set.of(), null, null, null, null, List.of());
    }

    /**
     * @param value the contact it is about
     * @return this command linked to that contact
     */
    public PlanActivity forContact(ContactId value) {
        return new PlanActivity(kind, subject, startsAt, endsAt, category, description, location, owner, attendees,
                attendeeContacts, priority, value, lead, deal, reminders);
    }

    /**
     * @param value the lead it is about
     * @return this command linked to that lead
     */
    public PlanActivity forLead(LeadId value) {
        return new PlanActivity(kind, subject, startsAt, endsAt, category, description, location, owner, attendees,
                attendeeContacts, priority, contact, value, deal, reminders);
    }

    /**
     * @param value the deal it is about
     * @return this command linked to that deal
     */
    public PlanActivity forDeal(DealId value) {
        return new PlanActivity(kind, subject, startsAt, endsAt, category, description, location, owner, attendees,
                attendeeContacts, priority, contact, lead, value, reminders);
    }

    /**
     * @param value who does it
     * @return this command for that owner
     */
    public PlanActivity ownedBy(UserRef value) {
        return new PlanActivity(kind, subject, startsAt, endsAt, category, description, location, value, attendees,
                attendeeContacts, priority, contact, lead, deal, reminders);
    }

    /**
     * @param users    other users taking part
     * @param contacts contacts taking part
     * @return this command with those attendees
     */
    public PlanActivity withAttendees(Set<UserRef> users, Set<ContactId> contacts) {
        return new PlanActivity(kind, subject, startsAt, endsAt, category, description, location, owner, users,
                contacts, priority, contact, lead, deal, reminders);
    }

    /**
     * @param value its category
     * @param where its location, or null
     * @return this command in that category and place
     */
    public PlanActivity in(ActivityCategoryId value, String where) {
        return new PlanActivity(kind, subject, startsAt, endsAt, value, description, where, owner, attendees,
                attendeeContacts, priority, contact, lead, deal, reminders);
    }

    /**
     * @param value its priority
     * @return this command with that priority
     */
    public PlanActivity withPriority(ActivityPriority value) {
        return new PlanActivity(kind, subject, startsAt, endsAt, category, description, location, owner, attendees,
                attendeeContacts, value, contact, lead, deal, reminders);
    }

    /**
     * @param value its description
     * @return this command with that description
     */
    public PlanActivity describedAs(String value) {
        return new PlanActivity(kind, subject, startsAt, endsAt, category, value, location, owner, attendees,
                attendeeContacts, priority, contact, lead, deal, reminders);
    }

    /**
     * @param before how long before the start to remind, e.g. 15 minutes and 1 day
     * @return this command with those reminders
     */
    public PlanActivity remindBefore(Duration... before) {
        return new PlanActivity(kind, subject, startsAt, endsAt, category, description, location, owner, attendees,
                attendeeContacts, priority, contact, lead, deal, List.of(before));
    }
}
