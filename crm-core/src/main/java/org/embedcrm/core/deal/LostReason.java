package org.embedcrm.core.deal;

import java.util.Objects;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * One entry of the tenant's configurable list of reasons a deal (and later a lead) is lost, e.g. "Price too high".
 *
 * @param id           identifies it; never null
 * @param tenant       the tenant whose list it belongs to; never null
 * @param version      the stored version: 0 when new and when just added, one more after each update
 * @param name         1 to 100 characters, unique in the tenant regardless of case; never null
 * @param active       whether it can still be chosen (inactive reasons stay on the deals that have them)
 * @param requiresNote whether choosing it asks for a free-text note as well
 */
public record LostReason(LostReasonId id, TenantId tenant, long version, String name, boolean active,
                         boolean requiresNote) {

    /** Longest name accepted. */
    public static final int NAME_MAX = 100;

    /** Rejects missing parts and an invalid name. */
    public LostReason {
        Objects.requireNonNull(id, "lost reason id");
        Objects.requireNonNull(tenant, "tenant");
        name = Names.require("name", name, NAME_MAX);
    }

    LostReason withActive(boolean value) {
        return new LostReason(id, tenant, version, name, value, requiresNote);
    }


    /**
     * @param note the free-text note given with it, or null
     * @throws RuleViolationException {@code lost-reason.inactive} when it can no longer be chosen
     * @throws ValidationException    {@code deal.lost-note.required} when it asks for a note and none was given
     */
    public void checkUsableWith(String note) {
        if (!active) {
            throw new RuleViolationException("lost-reason.inactive", "lost reason '" + name + "' is no longer in use");
        }
        if (requiresNote && note == null) {
            throw ValidationException.of("lostNote", "deal.lost-note.required",
                    "lost reason '" + name + "' asks for a note explaining it");
        }
    }
}
