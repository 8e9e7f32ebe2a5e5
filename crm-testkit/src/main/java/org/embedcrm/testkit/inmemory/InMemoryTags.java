package org.embedcrm.testkit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.party.Tags;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/** The tag list in memory, with a unique name per tenant. */
final class InMemoryTags implements Tags {

    private final VersionedTable<TagId, Tag> table;

    InMemoryTags(InMemoryTransactions transactions) {
        this.table = new VersionedTable<>(transactions, new VersionedTable.Mapping<>("tag", Tag::id, Tag::tenant,
                Tag::version, (t, v) -> new Tag(t.id(), t.tenant(), v, t.name(), t.color()),
                List.of(new VersionedTable.UniqueKey<>(t -> Names.key(t.name()), "tag.name-taken"))));
    }

    @Override
    public Optional<Tag> find(TenantId tenant, TagId id) {
        return table.find(tenant, id);
    }

    @Override
    public List<Tag> all(TenantId tenant) {
        return table.all(tenant).sorted(Comparator.comparing(t -> Names.key(t.name()))).toList();
    }

    @Override
    public Tag add(Tag tag) {
        return table.add(tag);
    }

    @Override
    public void remove(Tag tag) {
        table.remove(tag);
    }
}
