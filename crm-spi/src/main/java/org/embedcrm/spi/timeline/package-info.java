/**
 * Extension point for the timeline: the host's own records (orders, invoices, payments) shown among a contact's,
 * lead's or deal's interactions and changes.
 */
package org.embedcrm.spi.timeline;
