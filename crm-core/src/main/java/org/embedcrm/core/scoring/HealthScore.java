package org.embedcrm.core.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.TenantId;

/**
 * A customer's health score with its breakdown, as last computed.
 *
 * @param tenant     never null
 * @param customer   never null
 * @param score      0 to 100: the factors' scores weighted, rounded half up
 * @param band       never null
 * @param computedAt never null
 * @param factors    one per {@link HealthFactor}, in its order; never null
 */
public record HealthScore(TenantId tenant, ContactId customer, int score, HealthBand band, Instant computedAt,
                          List<FactorScore> factors) {

    /** Rejects missing parts and a band that does not match the score. */
    public HealthScore {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(computedAt, "computedAt");
        factors = List.copyOf(factors);
        if (band != HealthBand.of(score)) {
            throw new IllegalArgumentException("score " + score + " is " + HealthBand.of(score) + ", not " + band);
        }
    }
}
