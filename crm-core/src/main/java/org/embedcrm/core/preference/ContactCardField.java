package org.embedcrm.core.preference;

/** What a contact's card on the contact board may show besides the contact's name, which it always shows. */
public enum ContactCardField {
    /** The contact's tags. */
    TAGS,
    /** The users the contact is assigned to. */
    ASSIGNEES,
    /** The star rating. */
    RATING,
    /** The internal notes. */
    INTERNAL_NOTES
}
