/**
 * Timing programs for EmbedCRM's JPA store on PostgreSQL and H2, run by hand to reproduce the figures of
 * {@code docs/benchmarks.md}; see {@link org.embedcrm.bench.ContactSearchTiming},
 * {@link org.embedcrm.bench.ImportTiming} and {@link org.embedcrm.bench.DashboardTiming}.
 */
package org.embedcrm.bench;
