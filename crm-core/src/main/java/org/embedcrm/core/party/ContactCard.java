package org.embedcrm.core.party;

import java.util.List;
import java.util.Set;
import org.embedcrm.core.shared.UserRef;

/**
 * A contact as the contact board shows it.
 *
 * @param id            never null
 * @param displayName   never null
 * @param tags          its tags, by name; never null
 * @param assignees     never null
 * @param rating        never null
 * @param internalNotes or null
 * @param version       the version to send back with a move
 */
public record ContactCard(ContactId id, String displayName, List<Tag> tags, Set<UserRef> assignees,
                          StarRating rating, String internalNotes, long version) {

    /** Copies the collections. */
    public ContactCard {
        tags = List.copyOf(tags);
        assignees = Set.copyOf(assignees);
    }
}
