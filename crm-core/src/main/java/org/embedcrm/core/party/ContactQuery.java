package org.embedcrm.core.party;

import java.util.Objects;
import org.embedcrm.core.error.ValidationException;

/**
 * One page of a contact list: which contacts, in which order, how many, and after which cursor.
 *
 * @param filter     never null
 * @param sort       never null
 * @param descending whether the order is reversed (ties still by id in the same direction)
 * @param pageSize   1 to 500
 * @param after      where the previous page ended, or null for the first page; must have the same sort
 */
public record ContactQuery(ContactFilter filter, ContactSort sort, boolean descending, int pageSize,
                           ContactCursor after) {

    /** Largest page accepted. */
    public static final int MAX_PAGE = 500;

    /** Rejects missing parts, a bad page size and a cursor of another order. */
    public ContactQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw ValidationException.of("pageSize", "contact.page-size.range", "a page holds 1 to " + MAX_PAGE + " contacts");
        }
        if (after != null && after.sort() != sort) {
            throw ValidationException.of("after", "contact.cursor.other-sort", "the cursor belongs to another sort order");
        }
    }

    /**
     * @param filter which contacts
     * @return the first page of 50, by name
     */
    public static ContactQuery firstPage(ContactFilter filter) {
        return new ContactQuery(filter, ContactSort.NAME, false, 50, null);
    }

    /**
     * @param value the order
     * @param isDescending whether reversed
     * @return this query sorted that way, from the first page
     */
    public ContactQuery sortedBy(ContactSort value, boolean isDescending) {
        return new ContactQuery(filter, value, isDescending, pageSize, null);
    }

    /**
     * @param size 1 to 500
     * @return this query with that page size
     */
    public ContactQuery pageOf(int size) {
        return new ContactQuery(filter, sort, descending, size, after);
    }

    /**
     * @param cursor where the previous page ended, as its text form
     * @return the query of the next page
     */
    public ContactQuery after(String cursor) {
        return new ContactQuery(filter, sort, descending, pageSize, ContactCursor.decode(cursor));
    }
}
