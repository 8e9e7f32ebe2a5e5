package org.embedcrm.core.party;

import java.time.Instant;
import java.util.Objects;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/**
 * A typed link from one contact to another, visible from both sides.
 *
 * @param id        never null
 * @param tenant    never null
 * @param type      never null
 * @param source    never null
 * @param target    never null, not the source
 * @param createdAt never null
 * @param createdBy never null
 */
public record Relationship(RelationshipId id, TenantId tenant, RelationshipTypeId type, ContactId source,
                           ContactId target, Instant createdAt, UserRef createdBy) {

    /** Rejects null parts and self-links. */
    public Relationship {
        Objects.requireNonNull(id, "relationship id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (source.equals(target)) {
            throw new RuleViolationException("relationship.self", "a contact cannot be related to itself");
        }
    }

    /**
     * @param other another relationship
     * @return whether both link the same two contacts with the same type, in either direction
     */
    public boolean duplicates(Relationship other) {
        return type.equals(other.type) && (source.equals(other.source) && target.equals(other.target)
                || source.equals(other.target) && target.equals(other.source));
    }
}
