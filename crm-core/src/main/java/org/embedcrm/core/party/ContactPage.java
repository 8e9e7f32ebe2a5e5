package org.embedcrm.core.party;

import java.util.List;

/**
 * One page of a contact list.
 *
 * @param contacts   the contacts of this page, in order; never null
 * @param total      how many contacts the filter matches in all
 * @param nextCursor the cursor of the next page, or null when this is the last
 */
public record ContactPage(List<Contact> contacts, long total, String nextCursor) {

    /** Copies the list. */
    public ContactPage {
        contacts = List.copyOf(contacts);
    }
}
