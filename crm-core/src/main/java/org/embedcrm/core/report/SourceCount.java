package org.embedcrm.core.report;

import org.embedcrm.core.lead.LeadSourceId;

/**
 * How many leads came from a source.
 *
 * @param source the source, or null for leads without one
 * @param leads  how many
 */
public record SourceCount(LeadSourceId source, long leads) {
}
