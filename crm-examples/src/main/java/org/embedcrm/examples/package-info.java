/**
 * A runnable quickstart: EmbedCRM on embedded H2, a sales pipeline, a week of deals and the board printed as text.
 * Run it with {@code mvn -q -pl crm-examples exec:java}; see {@link org.embedcrm.examples.Quickstart}.
 */
package org.embedcrm.examples;
