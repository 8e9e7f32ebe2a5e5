package org.embedcrm.core.report;

/** What an objective counts. */
public enum ObjectiveMetric {
    /** The value of deals won (one currency). */
    AMOUNT_WON,
    /** Deals created. */
    DEALS_CREATED,
    /** Deals won. */
    DEALS_WON,
    /** Calls logged. */
    CALLS_MADE,
    /** Meetings logged. */
    MEETINGS_HELD
}
