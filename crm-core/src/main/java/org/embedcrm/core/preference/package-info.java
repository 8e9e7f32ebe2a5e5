/**
 * The preference context: a tenant's display preferences (which view each list opens in, what a board card shows)
 * and timeline visibility (which kinds of items a record's timeline shows unless a query asks for others), kept
 * as one versioned record per tenant, with the defaults a fresh tenant gets.
 */
package org.embedcrm.core.preference;
