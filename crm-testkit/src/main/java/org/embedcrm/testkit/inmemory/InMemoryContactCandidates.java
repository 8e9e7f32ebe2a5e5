package org.embedcrm.testkit.inmemory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.merge.CandidateBlock;
import org.embedcrm.core.merge.CandidateSearch;
import org.embedcrm.core.merge.ContactCandidates;
import org.embedcrm.core.merge.DuplicateCandidates;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.DuplicateService;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.shared.TenantId;

/** The candidates of a search for duplicates, indexed in memory from the contacts the filter selects. */
final class InMemoryContactCandidates implements ContactCandidates {

    private final InMemoryContacts contacts;

    InMemoryContactCandidates(InMemoryContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public CandidateSearch open(TenantId tenant, ContactFilter filter, DuplicateFinder finder) {
        List<MatchRecord> records = contacts.matching(tenant, filter).map(DuplicateService::recordOf).toList();
        return new Search(DuplicateCandidates.inMemory(records, finder));
    }

    /** Nothing to drop on close: the index goes with the search. */
    private record Search(DuplicateCandidates index) implements CandidateSearch {

        @Override
        public Stream<CandidateBlock> blocks() {
            return index.blocks();
        }

        @Override
        public Set<BlockingKey> keysSharedByMoreThan(int count) {
            return index.keysSharedByMoreThan(count);
        }

        @Override
        public Map<BlockingKey, Integer> blockSizes(String prefix) {
            return index.blockSizes(prefix);
        }

        @Override
        public List<MatchRecord> sharing(BlockingKey key, int limit) {
            return index.sharing(key, limit);
        }

        @Override
        public void close() {
        }
    }
}
