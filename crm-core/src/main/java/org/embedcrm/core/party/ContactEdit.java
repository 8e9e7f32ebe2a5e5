package org.embedcrm.core.party;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.shared.UserRef;

/**
 * The validated, typed form of a {@link ContactInput}: every field a user edits on a contact form.
 *
 * @param profile         never null
 * @param roles           never null
 * @param status          or null
 * @param tags            never null
 * @param assignees       never null
 * @param rating          never null
 * @param internalNotes   or null
 * @param nextContactDate or null
 * @param terms           never null
 * @param origin          or null
 */
record ContactEdit(ContactProfile profile, Set<ContactRole> roles, ContactStatusId status, Set<TagId> tags,
                   Set<UserRef> assignees, StarRating rating, String internalNotes, LocalDate nextContactDate,
                   CustomerTerms terms, String origin) {

    ContactEdit {
        Objects.requireNonNull(profile, "profile");
        roles = Set.copyOf(roles);
        tags = Set.copyOf(tags);
        assignees = Set.copyOf(assignees);
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(terms, "terms");
    }
}
