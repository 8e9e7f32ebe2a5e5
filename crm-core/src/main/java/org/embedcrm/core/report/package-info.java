/**
 * The numbers a sales manager reads: the dashboard (counts, revenue per currency, recent records, trends, win rate,
 * time in stage), the deal attention level for lists, and objectives with their progress. Every figure comes from
 * set-based queries of the {@link org.embedcrm.core.report.Reports} port, never from counters that can drift.
 */
package org.embedcrm.core.report;
