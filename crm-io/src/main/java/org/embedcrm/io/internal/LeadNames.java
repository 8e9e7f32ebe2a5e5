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
 * The tenant's lead statuses and lead sources by the names a CSV file uses for them, regardless of case, and their
 * names by id for an export. Read once per transaction or export; not thread-safe.
 */
public final class LeadNames {

    private final Map<String, LeadStatusId> statuses = new HashMap<>();
    private final Map<String, LeadSourceId> sources = new HashMap<>();
    private final Map<LeadStatusId, String> statusNames = new HashMap<>();
    private final Map<LeadSourceId, String> sourceNames = new HashMap<>();

    private LeadNames() {
    }

    /**
     * @param crm the CRM, acting for the tenant whose settings are read; never null
     * @return its lead statuses and sources as they are now, inactive sources included
     */
    public static LeadNames load(Crm crm) {
        LeadNames names = new LeadNames();
        for (LeadStatus status : crm.leadSettings().statuses()) {
            names.statuses.put(Names.key(status.name()), status.id());
            names.statusNames.put(status.id(), status.name());
        }
        for (LeadSource source : crm.leadSettings().sources()) {
            names.sources.put(Names.key(source.name()), source.id());
            names.sourceNames.put(source.id(), source.name());
        }
        return names;
    }

    Optional<LeadStatusId> status(String name) {
        return Optional.ofNullable(statuses.get(Names.key(name)));
    }

    Optional<LeadSourceId> source(String name) {
        return Optional.ofNullable(sources.get(Names.key(name)));
    }

    String statusName(LeadStatusId id) {
        return statusNames.getOrDefault(id, id.toString());
    }

    String sourceName(LeadSourceId id) {
        return sourceNames.getOrDefault(id, id.toString());
    }
}
