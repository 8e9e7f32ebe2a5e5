/**
 * Timing programs for EmbedCRM's JPA store on PostgreSQL, run by hand to reproduce the figures of
 * {@code docs/benchmarks.md}; see {@link org.embedcrm.bench.ContactSearchTiming}.
 */
package org.embedcrm.bench;
