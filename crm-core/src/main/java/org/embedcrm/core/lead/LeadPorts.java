package org.embedcrm.core.lead;

import java.util.Objects;

/**
 * The ports of the lead context, handed together to {@link LeadService}.
 *
 * @param leads    never null
 * @param statuses never null
 * @param sources  never null
 */
public record LeadPorts(Leads leads, LeadStatuses statuses, LeadSources sources) {

    /** Rejects null ports. */
    public LeadPorts {
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(sources, "sources");
    }
}
