package org.embedcrm.io.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.embedcrm.core.lead.LeadOutcome;

/**
 * A lead status of the settings document; the list's order is the statuses' display order.
 *
 * @param name      1 to 60 characters, unique regardless of case
 * @param color     {@code #RRGGBB}, or null
 * @param isDefault whether new leads get it: exactly one status of the list
 * @param isFinal   whether leads in it are closed
 * @param outcome   what reaching it means; at most one converted and one lost status, both final; null means none
 */
public record LeadStatusSetting(String name, String color, @JsonProperty("default") boolean isDefault,
                                @JsonProperty("final") boolean isFinal, LeadOutcome outcome) {

    /** Reads a missing outcome as none. */
    public LeadStatusSetting {
        outcome = outcome == null ? LeadOutcome.NONE : outcome;
    }
}
