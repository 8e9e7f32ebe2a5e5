package org.embedcrm.core.party;

/** Which contacts a list includes with respect to archiving. */
public enum ArchiveScope {
    /** Active contacts only: the default of every list and picker. */
    ACTIVE,
    /** Archived contacts only. */
    ARCHIVED,
    /** Both. */
    ALL
}
