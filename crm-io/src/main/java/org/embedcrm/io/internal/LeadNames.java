package org.embedcrm.io.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.shared.Names;

/**
 * The tenant's lead statuses and lead sources by the names a CSV file uses for them, regardless of case. Read once
 * per transaction; not thread-safe.
 */
final class LeadNames {

    private final Map<String, LeadStatusId> statuses = new HashMap<>();
    private final Map<String, LeadSourceId> sources = new HashMap<>();

    private LeadNames() {
    }

    /**
     * @param crm the CRM, acting for the tenant whose settings are read; never null
     * @return its lead statuses and sources as they are now, inactive sources included
     */
    static LeadNames load(Crm crm) {
        LeadNames names = new LeadNames();
        for (LeadStatus status : crm.leadSettings().statuses()) {
            names.statuses.put(Names.key(status.name()), status.id());
        }
        for (LeadSource source : crm.leadSettings().sources()) {
            names.sources.put(Names.key(source.name()), source.id());
        }
        return names;
    }

    Optional<LeadStatusId> status(String name) {
        return Optional.ofNullable(statuses.get(Names.key(name)));
    }

    Optional<LeadSourceId> source(String name) {
        return Optional.ofNullable(sources.get(Names.key(name)));
    }
}
