package org.embedcrm.core.scoring;

/**
 * What one {@link HealthService#refreshAll} did.
 *
 * @param customers    customers scored
 * @param bandsChanged customers whose band changed (or who got a first score)
 */
public record RefreshReport(long customers, long bandsChanged) {
}
