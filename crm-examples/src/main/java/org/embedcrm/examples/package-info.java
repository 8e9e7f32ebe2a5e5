/**
 * A runnable quickstart: EmbedCRM on embedded H2, a customer book, a sales pipeline, a week of deals, the board and
 * a filtered customer list, a lead desk, a customer's activities, reminders and timeline, the dashboard and a health
 * score, and a duplicate contact merged, printed as text. Run it with {@code mvn -q -pl crm-examples exec:java}; see
 * {@link org.embedcrm.examples.Quickstart}.
 */
package org.embedcrm.examples;
