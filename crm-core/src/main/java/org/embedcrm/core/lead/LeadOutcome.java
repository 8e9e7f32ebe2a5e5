package org.embedcrm.core.lead;

/** What reaching a lead status means; the tenant configures which status is which. */
public enum LeadOutcome {
    /** Work in progress (or another final status such as "Archived"). */
    NONE,
    /** The lead was converted into a customer; at most one status per tenant. */
    CONVERTED,
    /** The lead was lost; at most one status per tenant. */
    LOST
}
