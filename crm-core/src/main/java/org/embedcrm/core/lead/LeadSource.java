package org.embedcrm.core.lead;

import java.util.Objects;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * How leads are acquired, e.g. Website, Referral, Cold Call, Trade Show, Social Media.
 *
 * @param id      never null
 * @param tenant  never null
 * @param version the stored version: 0 when new and when just added, one more after each update
 * @param name    1 to 60 characters, unique in the tenant regardless of case
 * @param active  whether new leads can name it
 */
public record LeadSource(LeadSourceId id, TenantId tenant, long version, String name, boolean active) {

    /** Rejects missing parts and an invalid name. */
    public LeadSource {
        Objects.requireNonNull(id, "lead source id");
        Objects.requireNonNull(tenant, "tenant");
        name = Names.require("name", name, 60);
    }

    LeadSource withActive(boolean value) {
        return new LeadSource(id, tenant, version, name, value);
    }
}
