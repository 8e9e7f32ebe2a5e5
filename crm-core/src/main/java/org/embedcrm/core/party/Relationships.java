package org.embedcrm.core.party;

import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.shared.TenantId;

/** The port holding relationship types and the relationships between contacts. */
public interface Relationships {

    /**
     * @param tenant never null
     * @param id     never null
     * @return the type, when it exists in that tenant
     */
    Optional<RelationshipType> findType(TenantId tenant, RelationshipTypeId id);

    /**
     * @param tenant never null
     * @return every relationship type of the tenant, by name
     */
    List<RelationshipType> types(TenantId tenant);

    /**
     * @param type a new type; never null
     * @return the stored type
     * @throws ConflictException {@code relationship-type.name-taken}
     */
    RelationshipType addType(RelationshipType type);

    /**
     * @param tenant  never null
     * @param contact never null
     * @return every relationship the contact takes part in, as source or target, oldest first
     */
    List<Relationship> of(TenantId tenant, ContactId contact);

    /**
     * @param tenant never null
     * @param id     never null
     * @return the relationship, when it exists in that tenant
     */
    Optional<Relationship> find(TenantId tenant, RelationshipId id);

    /**
     * @param relationship a new relationship; never null
     * @return the stored relationship
     * @throws ConflictException {@code relationship.duplicate} when the same two contacts are linked by that type
     */
    Relationship add(Relationship relationship);

    /** @param relationship a stored relationship; never null */
    void remove(Relationship relationship);

    /**
     * @param tenant never null
     * @param type   never null
     * @return whether any relationship has that type
     */
    boolean anyOfType(TenantId tenant, RelationshipTypeId type);

    /**
     * Moves every relationship of {@code from} to {@code to}, set-based (a merge): a relationship between the two
     * is dropped (no self-links), and one that {@code to} already has with the same other contact and type, in
     * either direction (as {@link #add} treats them), is dropped instead of duplicated.
     *
     * @param tenant the tenant; never null
     * @param from   the contact merged away; never null
     * @param to     the contact kept; never null
     * @return how many relationships moved
     */
    int reassign(TenantId tenant, ContactId from, ContactId to);
}
