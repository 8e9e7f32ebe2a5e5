package org.embedcrm.core.lead;

import java.util.Objects;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * One status of the tenant's configurable list of lead statuses, e.g. New, Contacted, Qualified, Converted, Lost.
 * Non-final statuses are the columns of the lead board.
 *
 * @param id           never null
 * @param tenant       never null
 * @param version      the stored version: 0 when new and when just added, one more after each update
 * @param name         1 to 60 characters, unique in the tenant regardless of case
 * @param color        or null
 * @param displayOrder its position, from 0
 * @param isDefault    whether new leads get it (exactly one per tenant)
 * @param isFinal      whether leads in it are closed (hidden from the board)
 * @param outcome      what reaching it means; converted and lost statuses are final; never null
 */
public record LeadStatus(LeadStatusId id, TenantId tenant, long version, String name, StageColor color,
                         int displayOrder, boolean isDefault, boolean isFinal, LeadOutcome outcome) {

    /** Rejects missing parts, an invalid name, a non-final outcome status and a final default. */
    public LeadStatus {
        Objects.requireNonNull(id, "lead status id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(outcome, "outcome");
        name = Names.require("name", name, 60);
        if (outcome != LeadOutcome.NONE && !isFinal) {
            throw ValidationException.of("isFinal", "lead-status.outcome-not-final",
                    "a converted or lost status must be final");
        }
        if (isDefault && isFinal) {
            throw ValidationException.of("isDefault", "lead-status.default-final",
                    "new leads cannot start in a final status");
        }
    }

    LeadStatus placedAt(int position) {
        return new LeadStatus(id, tenant, version, name, color, position, isDefault, isFinal, outcome);
    }

    LeadStatus withDefault(boolean value) {
        return new LeadStatus(id, tenant, version, name, color, displayOrder, value, isFinal, outcome);
    }
}
