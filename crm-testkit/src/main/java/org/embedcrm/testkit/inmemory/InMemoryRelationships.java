package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.Relationship;
import org.embedcrm.core.party.RelationshipId;
import org.embedcrm.core.party.RelationshipType;
import org.embedcrm.core.party.RelationshipTypeId;
import org.embedcrm.core.party.Relationships;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** Relationship types and relationships in memory; a pair of contacts is linked at most once per type. */
final class InMemoryRelationships implements Relationships {

    private final VersionedTable<RelationshipTypeId, RelationshipType> types;
    private final TransactionalMap<RelationshipId, Relationship> links;

    InMemoryRelationships(InMemoryTransactions transactions) {
        this.types = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("relationship-type",
                RelationshipType::id, RelationshipType::tenant, RelationshipType::version,
                (t, v) -> new RelationshipType(t.id(), t.tenant(), v, t.name(), t.inverseLabel()),
                List.of(new VersionedTable.UniqueKey<>(t -> Names.key(t.name()), "relationship-type.name-taken"))));
        this.links = new TransactionalMap<>(transactions);
    }

    @Override
    public Optional<RelationshipType> findType(TenantId tenant, RelationshipTypeId id) {
        return types.find(tenant, id);
    }

    @Override
    public List<RelationshipType> types(TenantId tenant) {
        return types.all(tenant).sorted(Comparator.comparing(t -> Names.key(t.name()))).toList();
    }

    @Override
    public RelationshipType addType(RelationshipType type) {
        return types.add(type);
    }

    @Override
    public List<Relationship> of(TenantId tenant, ContactId contact) {
        return links.values().stream().filter(r -> r.tenant().equals(tenant))
                .filter(r -> r.source().equals(contact) || r.target().equals(contact))
                .sorted(Comparator.comparing(Relationship::createdAt)
                        .thenComparing(r -> r.id().value(), ContactOrder::compareUnsigned))
                .toList();
    }

    @Override
    public Optional<Relationship> find(TenantId tenant, RelationshipId id) {
        return links.get(id).filter(r -> r.tenant().equals(tenant));
    }

    @Override
    public Relationship add(Relationship relationship) {
        if (links.values().stream().anyMatch(r -> r.tenant().equals(relationship.tenant()) && r.duplicates(relationship))) {
            throw new ConflictException("relationship.duplicate", "these contacts are already linked that way", null);
        }
        links.put(relationship.id(), relationship);
        return relationship;
    }

    @Override
    public void remove(Relationship relationship) {
        links.remove(relationship.id());
    }

    @Override
    public boolean anyOfType(TenantId tenant, RelationshipTypeId type) {
        return links.values().stream().anyMatch(r -> r.tenant().equals(tenant) && r.type().equals(type));
    }

    @Override
    public int reassign(TenantId tenant, ContactId from, ContactId to) {
        List<Relationship> involved = links.values().stream().filter(r -> r.tenant().equals(tenant))
                .filter(r -> r.source().equals(from) || r.target().equals(from)).toList();
        int moved = 0;
        for (Relationship r : involved) {
            links.remove(r.id());
            ContactId source = r.source().equals(from) ? to : r.source();
            ContactId target = r.target().equals(from) ? to : r.target();
            boolean duplicate = links.values().stream().anyMatch(o -> o.tenant().equals(tenant)
                    && o.type().equals(r.type()) && (o.source().equals(source) && o.target().equals(target)
                    || o.source().equals(target) && o.target().equals(source)));
            if (!source.equals(target) && !duplicate) {
                links.put(r.id(), new Relationship(r.id(), r.tenant(), r.type(), source, target, r.createdAt(),
                        r.createdBy()));
                moved++;
            }
        }
        return moved;
    }
}
