package org.embedcrm.core.lead;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/** The port holding the tenant's lead sources. */
public interface LeadSources {

    /**
     * @param tenant never null
     * @param id     never null
     * @return the source, when it exists in that tenant
     */
    Optional<LeadSource> find(TenantId tenant, LeadSourceId id);

    /**
     * @param tenant never null
     * @return every source of the tenant, by name
     */
    List<LeadSource> all(TenantId tenant);

    /**
     * @param source a new source; never null
     * @return the stored source
     * @throws ConflictException {@code lead-source.name-taken}
     */
    LeadSource add(LeadSource source);

    /**
     * @param source a source read earlier and changed since; never null
     * @return the stored source with its new version
     * @throws ConflictException on a stale version
     */
    LeadSource update(LeadSource source);
}
