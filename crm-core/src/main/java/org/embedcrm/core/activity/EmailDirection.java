package org.embedcrm.core.activity;

/** Whether an e-mail was received from the contact or sent to it. */
public enum EmailDirection {
    /** Received from the contact. */
    INBOUND,
    /** Sent to the contact. */
    OUTBOUND
}
