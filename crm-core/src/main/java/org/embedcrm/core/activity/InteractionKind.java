package org.embedcrm.core.activity;

/** What kind of contact moment an interaction records. */
public enum InteractionKind {
    /** A phone call. */
    CALL,
    /** A meeting, in person or online. */
    MEETING,
    /** An e-mail sent or received; carries {@link EmailDetails}. */
    EMAIL,
    /** A note written about the contact. */
    NOTE
}
