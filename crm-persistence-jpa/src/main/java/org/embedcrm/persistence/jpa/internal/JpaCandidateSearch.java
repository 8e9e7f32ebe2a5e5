package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.merge.CandidateBlock;
import org.embedcrm.core.merge.CandidateSearch;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.DuplicateService;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.persistence.jpa.internal.DuplicateKeys.FiledKey;
import org.hibernate.Session;

/**
 * One search for duplicates in the database. {@link #file} pages through the contacts the filter selects and files
 * each under its blocking keys, with its sort key, in {@code embedcrm_duplicate_keys}; {@link #blocks()} then reads
 * those rows in key order, in pages of whole keys of about {@value #ROWS_PER_PAGE} rows, and loads the contacts of each
 * page's shared keys by id, {@value #CONTACTS_PER_LOAD} per statement. A key shared by more contacts than the finder
 * compares pairwise is left out of its page and read after it in slices of {@value #CONTACTS_PER_LOAD} contacts in
 * sort-key order. Everything is read through a {@link SideSession} whose entities are dropped after each page or
 * slice, so memory holds a page of contacts and one block, never the whole tenant nor all of a common key's contacts,
 * and the number of statements grows with the pages, not the contacts. {@link #close()} deletes the search's rows.
 */
final class JpaCandidateSearch extends JpaPort implements CandidateSearch {

    /** Key rows read per page of blocks, about: a page ends where a key does. */
    static final int ROWS_PER_PAGE = 2_000;
    /** Contacts loaded per statement: a page of the contact list, which the child rows' batches are sized for. */
    static final int CONTACTS_PER_LOAD = ContactQuery.MAX_PAGE;

    private final TenantId tenant;
    private final DuplicateFinder finder;
    private final DuplicateKeys keys;
    private final Map<Integer, Set<String>> sharedByMoreThan = new HashMap<>();
    private boolean closed;

    JpaCandidateSearch(Supplier<EntityManager> entityManagers, Transactions transactions, TenantId tenant,
                       DuplicateFinder finder) {
        super(entityManagers, transactions);
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.keys = new DuplicateKeys(UUID.randomUUID(), tenant);
    }

    /** Files every contact the filter selects under its blocking keys, a page of contacts at a time. */
    void file(ContactFilter filter) {
        inTransaction(() -> SideSession.read(entityManager(), side -> {
            ContactQuery query = ContactQuery.firstPage(filter).pageOf(ContactQuery.MAX_PAGE);
            while (query != null) {
                ContactSearch search = new ContactSearch(side, tenant, query);
                List<ContactEntity> rows = search.pageAndOneMore();
                boolean more = rows.size() > query.pageSize();
                List<Contact> page = (more ? rows.subList(0, query.pageSize()) : rows).stream()
                        .map(ContactEntity::toContact).toList();
                side.clear();
                List<FiledKey> filed = new ArrayList<>();
                for (Contact contact : page) {
                    MatchRecord record = DuplicateService.recordOf(contact);
                    String sortKey = finder.sortKey(record);
                    finder.blockingKeys(record)
                            .forEach(key -> filed.add(new FiledKey(key.value(), contact.id().value(), sortKey)));
                }
                keys.add(side, filed);
                query = more ? query.after(search.cursorAfter(page.get(page.size() - 1))) : null;
            }
            return null;
        }));
    }

    @Override
    public Stream<CandidateBlock> blocks() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Blocks(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public Set<BlockingKey> keysSharedByMoreThan(int count) {
        return keysShared(count).stream().map(BlockingKey::of).collect(Collectors.toUnmodifiableSet());
    }

    /** @return the keys shared by more than {@code count} contacts, read once per count */
    private Set<String> keysShared(int count) {
        return sharedByMoreThan.computeIfAbsent(count, more -> inTransaction(() -> SideSession.read(entityManager(),
                side -> keys.sharedByMoreThan(side, more))));
    }

    @Override
    public Map<BlockingKey, Integer> blockSizes(String prefix) {
        return inTransaction(() -> SideSession.read(entityManager(), side -> keys.blockSizes(side, prefix)));
    }

    @Override
    public List<MatchRecord> sharing(BlockingKey key, int limit) {
        return inTransaction(() -> SideSession.read(entityManager(), side -> {
            List<UUID> contacts = keys.sharing(side, key.value(), limit);
            Map<UUID, MatchRecord> records = records(side, contacts);
            return contacts.stream().map(records::get).filter(Objects::nonNull).toList();
        }));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            inTransaction(() -> SideSession.read(entityManager(), side -> {
                keys.deleteAll(side);
                return null;
            }));
        }
    }

    /** @return the match records of those contacts that still exist, by contact id */
    private Map<UUID, MatchRecord> records(Session side, Collection<UUID> contacts) {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(contacts));
        Map<UUID, MatchRecord> records = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CONTACTS_PER_LOAD) {
            side.createQuery("select c from EmbedCrmContact c where c.tenantId = :tenant and c.id in :ids",
                            ContactEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CONTACTS_PER_LOAD)))
                    .getResultList()
                    .forEach(row -> records.put(row.id(), DuplicateService.recordOf(row.toContact())));
            side.clear();
        }
        return records;
    }

    /**
     * The blocks of shared keys, read a page of whole keys at a time; after each page, its oversized keys one slice at
     * a time.
     */
    private final class Blocks implements Iterator<CandidateBlock> {

        private final Deque<CandidateBlock> ready = new ArrayDeque<>();
        private final NavigableSet<String> oversized = new TreeSet<>(keysShared(finder.criteria().maxBlockSize()));
        private final Deque<String> oversizedOfPage = new ArrayDeque<>();
        private List<String> bounds;
        private int page;
        private String sliced;
        private String slicedAfter;

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && (sliced != null || !oversizedOfPage.isEmpty() || bounds == null
                    || page <= bounds.size())) {
                if (sliced == null && !oversizedOfPage.isEmpty()) {
                    sliced = oversizedOfPage.removeFirst();
                    slicedAfter = null;
                }
                inTransaction(() -> SideSession.read(entityManager(), sliced != null ? this::readSlice
                        : this::readPage));
            }
            return !ready.isEmpty();
        }

        @Override
        public CandidateBlock next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.removeFirst();
        }

        private Void readPage(Session side) {
            if (bounds == null) {
                bounds = keys.pageBounds(side, ROWS_PER_PAGE);
            }
            String from = page == 0 ? null : bounds.get(page - 1);
            String to = page == bounds.size() ? null : bounds.get(page);
            page++;
            NavigableSet<String> fromOn = from == null ? oversized : oversized.tailSet(from, true);
            NavigableSet<String> oversizedInPage = to == null ? fromOn : fromOn.headSet(to, false);
            oversizedOfPage.addAll(oversizedInPage);
            Map<String, List<UUID>> shared = new LinkedHashMap<>();
            keys.page(side, from, to, oversizedInPage).forEach(row -> shared.computeIfAbsent(row.key(),
                    key -> new ArrayList<>()).add(row.contact()));
            shared.values().removeIf(contacts -> contacts.size() < 2);
            Map<UUID, MatchRecord> records = records(side, shared.values().stream().flatMap(List::stream).toList());
            shared.forEach((key, contacts) -> {
                List<MatchRecord> members = contacts.stream().map(records::get).filter(Objects::nonNull).toList();
                if (members.size() > 1) {
                    ready.add(new CandidateBlock(BlockingKey.of(key), members));
                }
            });
            return null;
        }

        private Void readSlice(Session side) {
            List<FiledKey> rows = keys.slice(side, sliced, slicedAfter, CONTACTS_PER_LOAD);
            Map<UUID, MatchRecord> records = records(side, rows.stream().map(FiledKey::contact).toList());
            List<MatchRecord> members = rows.stream().map(row -> records.get(row.contact())).filter(Objects::nonNull)
                    .toList();
            if (!members.isEmpty()) {
                ready.add(new CandidateBlock(BlockingKey.of(sliced), members));
            }
            if (rows.size() < CONTACTS_PER_LOAD) {
                sliced = null;
            } else {
                slicedAfter = rows.get(rows.size() - 1).sortKey();
            }
            return null;
        }
    }
}