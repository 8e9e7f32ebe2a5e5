package org.embedcrm.core.lead;

import java.util.List;

/**
 * One page of the lead list.
 *
 * @param leads      newest first; never null
 * @param total      how many leads the filter matches in all
 * @param nextCursor the cursor of the next page, or null on the last
 */
public record LeadPage(List<Lead> leads, long total, String nextCursor) {

    /** Copies the list. */
    public LeadPage {
        leads = List.copyOf(leads);
    }
}
