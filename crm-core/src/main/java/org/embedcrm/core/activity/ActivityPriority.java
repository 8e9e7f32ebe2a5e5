package org.embedcrm.core.activity;

/** How urgent an activity is. */
public enum ActivityPriority {
    /** Can wait. */
    LOW,
    /** The default. */
    NORMAL,
    /** Before the normal ones. */
    HIGH,
    /** Drop everything. */
    URGENT
}
