package org.embedcrm.core.party;

import java.util.Objects;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * One entry of the tenant-wide tag list contacts are labelled with, e.g. "VIP" or "Trade fair 2026".
 *
 * @param id      never null
 * @param tenant  never null
 * @param version the stored version: 0 when new and when just added, one more after each update
 * @param name    1 to 60 characters, unique in the tenant regardless of case
 * @param color   or null
 */
public record Tag(TagId id, TenantId tenant, long version, String name, StageColor color) {

    /** Longest tag name accepted. */
    public static final int NAME_MAX = 60;

    /** Rejects missing parts and an invalid name. */
    public Tag {
        Objects.requireNonNull(id, "tag id");
        Objects.requireNonNull(tenant, "tenant");
        name = Names.require("name", name, NAME_MAX);
    }
}
