package org.embedcrm.core.lead;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.embedcrm.core.error.ValidationException;

/**
 * One page of the lead list, newest first (then by id), after the lead a cursor names.
 *
 * @param filter        never null
 * @param pageSize      1 to 500
 * @param afterCreated  the creation time of the previous page's last lead, or null for the first page
 * @param afterLead     the previous page's last lead, or null for the first page
 */
public record LeadQuery(LeadFilter filter, int pageSize, Instant afterCreated, LeadId afterLead) {

    /** Largest page accepted. */
    public static final int MAX_PAGE = 500;

    /** Rejects a bad page size and half a cursor. */
    public LeadQuery {
        Objects.requireNonNull(filter, "filter");
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw ValidationException.of("pageSize", "lead.page-size.range", "a page holds 1 to " + MAX_PAGE + " leads");
        }
        if ((afterCreated == null) != (afterLead == null)) {
            throw new IllegalArgumentException("a cursor has both the creation time and the lead");
        }
    }

    /**
     * @param filter which leads
     * @return the first page of 50
     */
    public static LeadQuery firstPage(LeadFilter filter) {
        return new LeadQuery(filter, 50, null, null);
    }

    /**
     * @param size 1 to 500
     * @return this query with that page size
     */
    public LeadQuery pageOf(int size) {
        return new LeadQuery(filter, size, afterCreated, afterLead);
    }

    /**
     * @param cursor a page's {@link LeadPage#nextCursor()}
     * @return the query of the page after it
     */
    public LeadQuery after(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n");
            return new LeadQuery(filter, pageSize, Instant.parse(parts[0]), LeadId.of(parts[1]));
        } catch (RuntimeException e) {
            throw ValidationException.of("after", "lead.cursor.invalid", "not a page cursor: " + cursor);
        }
    }

    /**
     * @param last the last lead of a page
     * @return the cursor naming it
     */
    public static String cursorAfter(Lead last) {
        String plain = last.createdAt() + "\n" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
