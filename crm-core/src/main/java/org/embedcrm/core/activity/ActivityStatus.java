package org.embedcrm.core.activity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an activity stands. Calls, meetings and other activities are planned, done or cancelled; tasks are open,
 * in progress or done.
 */
public enum ActivityStatus {
    /** A call, meeting or other activity still to happen. */
    PLANNED,
    /** A task not started. */
    OPEN,
    /** A task being worked on. */
    IN_PROGRESS,
    /** Happened, or finished. */
    DONE,
    /** A call, meeting or other activity that will not happen. */
    CANCELLED;

    private static final Set<ActivityStatus> TASK = EnumSet.of(OPEN, IN_PROGRESS, DONE);
    private static final Set<ActivityStatus> SCHEDULED = EnumSet.of(PLANNED, DONE, CANCELLED);

    /**
     * @param kind a kind of activity; never null
     * @return the statuses an activity of that kind can have
     */
    public static Set<ActivityStatus> allowedFor(ActivityKind kind) {
        return kind.isTask() ? TASK : SCHEDULED;
    }

    /**
     * @param kind a kind of activity; never null
     * @return the status a new activity of that kind starts in
     */
    public static ActivityStatus initialFor(ActivityKind kind) {
        return kind.isTask() ? OPEN : PLANNED;
    }

    /** @return whether the activity still has to happen or be finished, so its reminders are due */
    public boolean isPending() {
        return this == PLANNED || this == OPEN || this == IN_PROGRESS;
    }
}
