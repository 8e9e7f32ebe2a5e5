package org.embedcrm.core.lead;

import java.util.List;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.shared.TenantId;

/**
 * Gives a tenant that has none the standard lead statuses — New (default), Contacted, Qualified, Converted
 * (final, converted) and Lost (final, lost) — and lead sources: Website, Referral, Cold Call, Trade Show, Social
 * Media.
 */
final class LeadDefaults {

    private final ServiceContext ctx;
    private final LeadStatuses statuses;
    private final LeadSources sources;

    LeadDefaults(ServiceContext ctx, LeadStatuses statuses, LeadSources sources) {
        this.ctx = ctx;
        this.statuses = statuses;
        this.sources = sources;
    }

    List<LeadStatus> statuses(TenantId tenant) {
        List<LeadStatus> existing = statuses.all(tenant);
        if (!existing.isEmpty()) {
            return existing;
        }
        status(tenant, "New", 0, true, false, LeadOutcome.NONE);
        status(tenant, "Contacted", 1, false, false, LeadOutcome.NONE);
        status(tenant, "Qualified", 2, false, false, LeadOutcome.NONE);
        status(tenant, "Converted", 3, false, true, LeadOutcome.CONVERTED);
        status(tenant, "Lost", 4, false, true, LeadOutcome.LOST);
        return statuses.all(tenant);
    }

    List<LeadSource> sources(TenantId tenant) {
        List<LeadSource> existing = sources.all(tenant);
        if (!existing.isEmpty()) {
            return existing;
        }
        for (String name : List.of("Website", "Referral", "Cold Call", "Trade Show", "Social Media")) {
            sources.add(new LeadSource(new LeadSourceId(ctx.ids().next()), tenant, 0, name, true));
        }
        return sources.all(tenant);
    }

    private void status(TenantId tenant, String name, int order, boolean isDefault, boolean isFinal, LeadOutcome outcome) {
        statuses.add(new LeadStatus(new LeadStatusId(ctx.ids().next()), tenant, 0, name, null, order, isDefault,
                isFinal, outcome));
    }
}
