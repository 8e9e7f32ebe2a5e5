package org.embedcrm.spi.audience;

/** Where a member stands in a marketing audience: whether campaigns reach it, and why not. */
public enum SubscriptionStatus {
    /** Receives campaigns. */
    SUBSCRIBED,
    /** Asked for, or was given, no more campaigns; only the member itself can subscribe again. */
    UNSUBSCRIBED,
    /** Waits for the member to confirm a double opt-in email. */
    PENDING,
    /** Removed by the audience because its address bounced. */
    CLEANED,
    /** Known to the audience for transactional email only. */
    TRANSACTIONAL,
    /** Archived: out of the audience but can be added back. */
    ARCHIVED,
    /** A status this version of the SPI does not know yet. */
    OTHER
}
