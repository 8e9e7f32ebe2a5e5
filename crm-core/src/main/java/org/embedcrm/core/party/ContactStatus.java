package org.embedcrm.core.party;

import java.util.Objects;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * One step of the tenant's configurable, ordered list of contact statuses; the columns of the contact board.
 *
 * @param id           never null
 * @param tenant       never null
 * @param version      the stored version: 0 when new and when just added, one more after each update
 * @param name         1 to 60 characters, unique in the tenant regardless of case
 * @param color        or null
 * @param displayOrder its position, from 0
 */
public record ContactStatus(ContactStatusId id, TenantId tenant, long version, String name, StageColor color,
                            int displayOrder) {

    /** Longest status name accepted. */
    public static final int NAME_MAX = 60;

    /** Rejects missing parts and an invalid name. */
    public ContactStatus {
        Objects.requireNonNull(id, "contact status id");
        Objects.requireNonNull(tenant, "tenant");
        name = Names.require("name", name, NAME_MAX);
    }

    ContactStatus placedAt(int position) {
        return new ContactStatus(id, tenant, version, name, color, position);
    }
}
