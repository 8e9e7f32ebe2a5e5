package org.embedcrm.core.activity;

/** What kind of commercial action an activity plans. */
public enum ActivityKind {
    /** A call to make. */
    CALL,
    /** A meeting or appointment. */
    MEETING,
    /** A task with a due date. */
    TASK,
    /** Anything else on the calendar. */
    OTHER;

    /** @return whether activities of this kind have a due date rather than a start and an end */
    public boolean isTask() {
        return this == TASK;
    }
}
