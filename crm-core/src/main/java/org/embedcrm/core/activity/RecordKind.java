package org.embedcrm.core.activity;

/** The kinds of records that the audit trail and the timeline speak about. */
public enum RecordKind {
    /** A contact: a person or a company. */
    CONTACT,
    /** A lead. */
    LEAD,
    /** A deal. */
    DEAL,
    /** A pipeline. */
    PIPELINE,
    /** A stage of a pipeline. */
    STAGE
}
