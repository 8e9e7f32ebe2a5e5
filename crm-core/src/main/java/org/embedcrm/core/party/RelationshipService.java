package org.embedcrm.core.party;

import java.util.List;
import java.util.Objects;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;

/**
 * Links contacts to each other with typed relationships, visible from both sides. Obtain it from
 * {@link org.embedcrm.core.Crm#relationships()}.
 */
public final class RelationshipService {

    private final ServiceContext ctx;
    private final Relationships relationships;
    private final Contacts contacts;

    /**
     * @param ctx           the service plumbing; never null
     * @param relationships never null
     * @param contacts      never null
     */
    public RelationshipService(ServiceContext ctx, Relationships relationships, Contacts contacts) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.relationships = Objects.requireNonNull(relationships, "relationships");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /**
     * @param source the contact the type's name reads from; never null
     * @param type   never null
     * @param target another contact of the tenant; never null
     * @return the stored relationship
     * @throws ConflictException {@code relationship.duplicate} when the two are already linked by that type
     */
    public Relationship relate(ContactId source, RelationshipTypeId type, ContactId target) {
        Objects.requireNonNull(type, "type");
        return ctx.run(() -> {
            relationships.findType(ctx.tenant(), type).orElseThrow(() -> new NotFoundException("relationship-type", type));
            requireContact(source);
            requireContact(target);
            Relationship relationship = new Relationship(new RelationshipId(ctx.ids().next()), ctx.tenant(), type,
                    source, target, ctx.now(), ctx.actor());
            if (relationships.of(ctx.tenant(), source).stream().anyMatch(relationship::duplicates)) {
                throw new ConflictException("relationship.duplicate", "these contacts are already linked that way", null);
            }
            return relationships.add(relationship);
        });
    }

    /** @param id the relationship to remove; never null */
    public void unrelate(RelationshipId id) {
        Objects.requireNonNull(id, "relationship");
        ctx.run(() -> {
            relationships.remove(relationships.find(ctx.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("relationship", id)));
            return null;
        });
    }

    /**
     * @param contact never null
     * @return its relationships as seen from it: the other contact and the label read from this side
     */
    public List<RelatedContact> relatedTo(ContactId contact) {
        Objects.requireNonNull(contact, "contact");
        return ctx.run(() -> {
            java.util.Map<RelationshipTypeId, RelationshipType> types = new java.util.HashMap<>();
            relationships.types(ctx.tenant()).forEach(t -> types.put(t.id(), t));
            return relationships.of(ctx.tenant(), contact).stream().map(r -> {
                RelationshipType type = types.get(r.type());
                boolean outgoing = r.source().equals(contact);
                return new RelatedContact(r.id(), outgoing ? r.target() : r.source(),
                        outgoing ? type.name() : type.labelFromTarget());
            }).toList();
        });
    }

    private void requireContact(ContactId id) {
        Objects.requireNonNull(id, "contact");
        contacts.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("contact", id));
    }
}
