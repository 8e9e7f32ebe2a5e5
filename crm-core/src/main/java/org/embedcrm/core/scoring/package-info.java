/**
 * The customer health score: four fixed, weighted factors (recency of the last interaction, payment history,
 * contract value, open support tickets), a band (healthy, watch, at risk), stored per customer with its breakdown.
 */
package org.embedcrm.core.scoring;
