package org.embedcrm.core.lead;

import java.util.Set;
import org.embedcrm.core.shared.UserRef;

/**
 * Which leads a list shows; criteria left null or empty match everything and combine with AND.
 *
 * @param statuses any of these statuses
 * @param source   this source
 * @param assignee assigned to this user
 * @param text     a case-insensitive substring of the title, contact name, company name or e-mail address
 */
public record LeadFilter(Set<LeadStatusId> statuses, LeadSourceId source, UserRef assignee, String text) {

    /** Normalises blanks and copies the set. */
    public LeadFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** @return a filter matching every lead */
    public static LeadFilter allLeads() {
        return new LeadFilter(null, null, null, null);
    }
}
