package org.embedcrm.io.settings;

import java.math.BigDecimal;

/**
 * A customer group of the settings document, known by its code.
 *
 * @param code        1 to 30 characters, unique regardless of case
 * @param name        1 to 100 characters
 * @param description up to 1000 characters, or null
 * @param discount    default discount percentage 0–100 with up to 2 decimals, or null
 * @param priority    higher wins when rules of several groups apply
 * @param active      whether customers can still be put in it
 */
public record CustomerGroupSetting(String code, String name, String description, BigDecimal discount, int priority,
                                   boolean active) {
}
