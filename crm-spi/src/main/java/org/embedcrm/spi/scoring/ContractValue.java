package org.embedcrm.spi.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The total value of a customer's running contracts.
 *
 * @param amount   0 or more; never null
 * @param currency ISO 4217 code; never null
 */
public record ContractValue(BigDecimal amount, String currency) {

    /** Rejects missing parts and a negative amount. */
    public ContractValue {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a contract value is 0 or more: " + amount);
        }
    }
}
