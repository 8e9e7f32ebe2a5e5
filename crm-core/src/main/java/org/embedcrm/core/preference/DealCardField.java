package org.embedcrm.core.preference;

/** What a deal's card on the deal board may show besides the deal's title, which it always shows. */
public enum DealCardField {
    /** The deal's value. */
    VALUE,
    /** The user responsible for it. */
    ASSIGNEE,
    /** The customer it is for. */
    CUSTOMER,
    /** The company it is for. */
    COMPANY,
    /** The date it is expected to close. */
    EXPECTED_CLOSE_DATE
}
