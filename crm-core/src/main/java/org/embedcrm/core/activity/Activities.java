package org.embedcrm.core.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * The port holding planned activities (calls, meetings, tasks, other). Every method works inside one tenant only.
 * Contract: {@code org.embedcrm.testkit.contract.ActivitiesContract}.
 */
public interface Activities {

    /**
     * @param tenant the tenant; never null
     * @param id     the activity; never null
     * @return it, when it exists in that tenant
     */
    Optional<Activity> find(TenantId tenant, ActivityId id);

    /**
     * @param activity a new activity of version 0; never null
     * @return the stored activity
     */
    Activity add(Activity activity);

    /**
     * @param activity an activity read earlier and changed since; never null
     * @return the stored activity with its new version
     * @throws ConflictException when it was changed by someone else since it was read
     */
    Activity update(Activity activity);

    /**
     * @param tenant the tenant; never null
     * @param users  owners or attendees; never null, not empty
     * @param from   the range's start, inclusive; never null
     * @param to     the range's end, exclusive; never null
     * @param limit  at most this many; at least 1
     * @return the activities owned or attended by any of those users that overlap the range (start before
     *         {@code to}, and end after {@code from} or start at or after it), by start, then by id; never null
     */
    List<Activity> calendar(TenantId tenant, Set<UserRef> users, Instant from, Instant to, int limit);

    /**
     * @param tenant the tenant; never null
     * @param owner  only this owner's tasks, or null for everyone's
     * @param limit  at most this many; at least 1
     * @return the tasks not done yet, earliest due first, then by id; never null
     */
    List<Activity> upcomingTasks(TenantId tenant, UserRef owner, int limit);

    /**
     * @param tenant the tenant; never null
     * @return how many tasks the tenant has in each status that has any; never null
     */
    Map<ActivityStatus, Long> taskCountsByStatus(TenantId tenant);

    /**
     * @param tenant   the tenant; never null
     * @param subjects contacts, leads or deals; activities with any of them as their contact, lead or deal count;
     *                 never null
     * @param after    a position, or null for the newest
     * @param limit    at most this many; at least 1
     * @return the activities after that position in the timeline's order (by start, newest first, then by id as
     *         text, descending); never null
     */
    List<Activity> timeline(TenantId tenant, Collection<RecordRef> subjects, TimelineCursor after, int limit);

    /**
     * @param tenant the tenant; never null
     * @param record a contact, lead or deal; never null
     * @return how many activities have it as their contact, lead or deal, or (a contact) as an attendee
     */
    long count(TenantId tenant, RecordRef record);

    /**
     * Points every activity of {@code from} (as contact, lead, deal or attending contact) at {@code to},
     * set-based (a merge); versions do not change, and an attendee listed twice is kept once.
     *
     * @param tenant the tenant; never null
     * @param from   the record merged away; never null
     * @param to     the record kept, of the same kind; never null
     * @return how many activities changed
     */
    int reassign(TenantId tenant, RecordRef from, RecordRef to);
}
