/**
 * The testkit: what a host's or an adapter's tests need to exercise EmbedCRM — a settable clock, a recording
 * event listener, a switchable execution context and {@link org.embedcrm.testkit.CrmFixture}, which wires an
 * in-memory {@link org.embedcrm.core.Crm} in one line.
 */
package org.embedcrm.testkit;
