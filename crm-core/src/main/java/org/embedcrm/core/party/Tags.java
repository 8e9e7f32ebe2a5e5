package org.embedcrm.core.party;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/** The port holding the tenant's tag list. */
public interface Tags {

    /**
     * @param tenant never null
     * @param id     never null
     * @return the tag, when it exists in that tenant
     */
    Optional<Tag> find(TenantId tenant, TagId id);

    /**
     * @param tenant never null
     * @return every tag of the tenant, by name
     */
    List<Tag> all(TenantId tenant);

    /**
     * @param tag a new tag; never null
     * @return the stored tag
     * @throws ConflictException {@code tag.name-taken}
     */
    Tag add(Tag tag);

    /**
     * @param tag a tag read earlier; never null
     * @throws ConflictException on a stale version
     */
    void remove(Tag tag);
}
