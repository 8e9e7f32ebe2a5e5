package org.embedcrm.core.merge;

/** The kinds of records a merge moves to the record kept. */
public enum LinkedKind {
    /** Deals with the contact as company or customer; in a lead merge, the deals opened from the lead. */
    DEALS,
    /** Leads converted into the contact. */
    LEADS,
    /** Interactions with the contact, or with it taking part. */
    INTERACTIONS,
    /** Activities about the contact, or with it attending. */
    ACTIVITIES,
    /** Relationships with other contacts. */
    RELATIONSHIPS,
    /** Persons working at the company, and the person's own employers. */
    COMPANY_LINKS,
    /** Tags the contact kept does not have yet. */
    TAGS,
    /** Delivery addresses the contact kept does not have yet. */
    ADDRESSES,
    /** E-mail addresses the contact kept does not have yet. */
    EMAILS,
    /** Phone numbers the contact kept does not have yet. */
    PHONES,
    /** Assignees the contact kept does not have yet. */
    ASSIGNEES
}
