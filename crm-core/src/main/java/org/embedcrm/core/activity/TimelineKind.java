package org.embedcrm.core.activity;

/** The kinds of items a timeline shows; a timeline query can keep only some of them. */
public enum TimelineKind {
    /** A logged call, meeting, e-mail or note. */
    INTERACTION,
    /** A planned call, meeting, task or other activity, at its start or due time. */
    ACTIVITY,
    /** A deal moved to another stage. */
    STAGE_CHANGE,
    /** A contact or lead got another status. */
    STATUS_CHANGE,
    /** A lead was converted, or a contact was created by a conversion. */
    CONVERSION,
    /** Another record was merged into this one. */
    MERGE,
    /** Any other recorded change: creation, deletion or a field's new value. */
    CHANGE,
    /** A record of the host ERP (an order, invoice, payment, ...) from a {@code TimelineContributor}. */
    HOST
}
