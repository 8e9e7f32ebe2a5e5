package org.embedcrm.core.party;

/** The orders a contact list can be sorted in; ties are broken by contact id, so pages never overlap. */
public enum ContactSort {
    /** By display name, case-insensitively (code-point order of the lower-cased name). */
    NAME,
    /** By creation time. */
    CREATED,
    /** By star rating. */
    RATING,
    /** By next contact date, contacts without one last. */
    NEXT_CONTACT
}
