package org.embedcrm.core.party;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * A segment of customers for pricing, reporting and organisation, e.g. "Wholesale" with 5 % discount.
 *
 * @param id          never null
 * @param tenant      never null
 * @param version     the stored version: 0 when new and when just added, one more after each update
 * @param name        1 to 100 characters
 * @param code        1 to 30 characters, stored upper-case, unique in the tenant
 * @param description up to 1000 characters, or null
 * @param discount    default discount percentage 0–100 with up to 2 decimals, or null
 * @param priority    higher wins when rules of several groups apply
 * @param active      whether customers can still be put in it
 */
public record CustomerGroup(CustomerGroupId id, TenantId tenant, long version, String name, String code,
                            String description, BigDecimal discount, int priority, boolean active) {

    /** Rejects missing parts, bad lengths and a discount outside 0–100. */
    public CustomerGroup {
        Objects.requireNonNull(id, "customer group id");
        Objects.requireNonNull(tenant, "tenant");
        name = Names.require("name", name, 100);
        code = Names.require("code", code, 30).toUpperCase(Locale.ROOT);
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > 1000) {
            throw ValidationException.of("description", "description.too-long", "a description has at most 1000 characters");
        }
        if (discount != null && (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0
                || discount.stripTrailingZeros().scale() > 2)) {
            throw ValidationException.of("discount", "customer-group.discount.range",
                    "a discount is a percentage from 0 to 100 with at most 2 decimals: " + discount);
        }
        discount = discount == null ? null : discount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
