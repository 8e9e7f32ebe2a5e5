package org.embedcrm.core.lead;

import java.util.List;

/**
 * A newly created lead with the contacts and leads that may be the same person.
 *
 * @param lead               the stored lead; never null
 * @param possibleDuplicates contacts and other leads with the same e-mail address or phone number; never null
 */
public record CreatedLead(Lead lead, List<PossibleDuplicate> possibleDuplicates) {

    /** Copies the list. */
    public CreatedLead {
        possibleDuplicates = List.copyOf(possibleDuplicates);
    }
}
