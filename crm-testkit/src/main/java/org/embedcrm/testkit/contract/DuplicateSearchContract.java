package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.embedcrm.core.merge.CandidateBlock;
import org.embedcrm.core.merge.CandidateSearch;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.DuplicatePair;
import org.embedcrm.core.merge.DuplicateReport;
import org.embedcrm.core.merge.DuplicateService;
import org.embedcrm.core.merge.DuplicateSweep;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.shared.TenantId;
import java.util.Map;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.merge.DuplicateCandidates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link org.embedcrm.core.merge.ContactCandidates} port, through {@code crm.duplicates()}: the
 * contacts a filter selects are searched block by block with the same outcome as the finder over all of them in
 * memory, and a search leaves nothing behind.
 */
public abstract class DuplicateSearchContract extends StoreContract {

    private static final List<String> FIRST_NAMES = List.of("Anna", "Bart", "Chloe", "Dirk", "Emma", "Filip");
    private static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes");
    private static final DuplicateCriteria PERSONS = DuplicateCriteria.persons().withDefaultRegion("BE");

    /**
     * How many rows the store still holds for the searches of a tenant. A store that files each search's keys in a
     * table overrides this with a count of that table; the in-memory store holds none.
     *
     * @param tenant the tenant; never null
     * @return the rows left over by its searches
     */
    protected long rowsFiledForSearches(TenantId tenant) {
        return 0;
    }

    @Nested
    @DisplayName("finding duplicates among the stored contacts")
    class Finding {

        @Test
        @DisplayName("planted duplicates are found among the contacts the filter selects, and none outside it")
        void planted() {
            Contact ann = person("Ann", "Smith", "ann.smith@example.org", "+32 470 11 22 33");
            Contact anne = person("Anne", "Smith", "a.smith@gmail.com", "0470 11 22 33");
            Contact bob = person("Bob", "Jones", "bob.jones@jones.example", null);
            Contact jones = person("Jones", "Bob", "Bob.Jones+news@jones.example", null);
            person("Carla", "Verhoeven", "carla@verhoeven.example", "+32 471 99 88 77");
            Contact archived = person("Ann", "Smyth", "ann.smyth@example.org", "+32 470 11 22 33");
            crm().contacts().archive(archived.id());
            crm().contacts().create(ContactInput.company("Acme NV").email("office@acme.example").vatNumber("BE0403170701").build());
            crm().contacts().create(ContactInput.company("ACME N.V.").email("info@acme.example").vatNumber("BE 0403.170.701").build());

            DuplicateReport report = crm().duplicates().find(ContactFilter.activeContacts().ofType(ContactType.PERSON),
                    PERSONS);

            assertThat(report.pairs()).extracting(DuplicateSearchContract::contactsOf)
                    .containsExactlyInAnyOrder(Set.of(ann.id().toString(), anne.id().toString()),
                            Set.of(bob.id().toString(), jones.id().toString()));
            assertThat(rowsFiledForSearches(fixture.tenant())).isZero();
        }

        @Test
        @DisplayName("the report is the one the finder gives over the same contacts in memory, oversized blocks "
                + "included")
        void sameAsInMemory() {
            plantPopulation(60);
            ContactFilter persons = ContactFilter.activeContacts().ofType(ContactType.PERSON);
            DuplicateCriteria smallBlocks = PERSONS.withBlockLimits(4, 2);

            DuplicateReport stored = crm().duplicates().find(persons, smallBlocks);
            DuplicateReport inMemory = DuplicateFinder.of(smallBlocks).find(recordsOf(persons));

            assertThat(stored.pairs()).isNotEmpty();
            assertThat(stored).isEqualTo(inMemory);
            assertThat(rowsFiledForSearches(fixture.tenant())).isZero();
        }

        @Test
        @DisplayName("a sweep hands over each pair the search reports once, keeps none, and leaves nothing behind")
        void sweep() {
            plantPopulation(40);
            ContactFilter persons = ContactFilter.activeContacts().ofType(ContactType.PERSON);
            DuplicateCriteria smallBlocks = PERSONS.withBlockLimits(4, 2);
            List<DuplicatePair> handed = new ArrayList<>();

            DuplicateSweep sweep = crm().duplicates().sweep(persons, smallBlocks, handed::add);
            DuplicateReport report = crm().duplicates().find(persons, smallBlocks);

            assertThat(handed).isNotEmpty().doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(report.pairs());
            assertThat(sweep).isEqualTo(new DuplicateSweep(handed.size(), report.clusters(), report.comparisons()));
            assertThat(rowsFiledForSearches(fixture.tenant())).isZero();
        }

        @Test
        @DisplayName("a contact's duplicates come from the active contacts of its type, itself left out")
        void duplicatesOfOne() {
            Contact ann = person("Ann", "Smith", "ann.smith@example.org", "+32 470 11 22 33");
            Contact anne = person("Anne", "Smith", "a.smith@gmail.com", "0470 11 22 33");
            crm().contacts().create(ContactInput.company("Ann Smith").phone("+32 470 11 22 33").build());
            Contact archived = person("Ann", "Smyth", "ann.smyth@example.org", "+32 470 11 22 33");
            crm().contacts().archive(archived.id());

            List<DuplicatePair> pairs = crm().duplicates().duplicatesOf(ann.id(), PERSONS);

            assertThat(pairs).singleElement().satisfies(pair -> {
                assertThat(pair.first().value()).isEqualTo(ann.id().toString());
                assertThat(pair.second().value()).isEqualTo(anne.id().toString());
            });
            assertThat(rowsFiledForSearches(fixture.tenant())).isZero();
        }
    }

    @Nested
    @DisplayName("a key shared by very many contacts")
    class CommonKey {

        @Test
        @DisplayName("comes whole or in slices in sort-key order, each contact once, and is searched as in memory")
        void inSortOrder() {
            for (int i = 0; i < 620; i++) {
                crm().contacts().create(ContactInput.person("Anna" + i, "Peeters")
                        .phone(String.format("+32 470 %06d", i / 2)).build());
            }
            DuplicateFinder finder = DuplicateFinder.of(PERSONS);

            List<CandidateBlock> blocks = store().transactions().inTransaction(() -> {
                try (CandidateSearch search = store().contactCandidates().open(fixture.tenant(),
                        ContactFilter.activeContacts(), finder)) {
                    return search.blocks().filter(block -> block.key().value().equals("last:PTRS")).toList();
                }
            });
            List<String> sortKeys = blocks.stream().flatMap(block -> block.records().stream())
                    .map(finder::sortKey).toList();

            assertThat(sortKeys).hasSize(620).doesNotHaveDuplicates();
            if (blocks.size() > 1) {
                assertThat(sortKeys).isSorted();
            }
            assertThat(crm().duplicates().find(ContactFilter.activeContacts(), PERSONS))
                    .isEqualTo(finder.find(recordsOf(ContactFilter.activeContacts())));
        }
    }

    @Nested
    @DisplayName("a search's lifetime")
    class Lifetime {

        @Test
        @DisplayName("a search closed before its blocks were read to the end leaves nothing behind")
        void closedEarly() {
            plantPopulation(20);
            DuplicateFinder finder = DuplicateFinder.of(PERSONS);

            List<CandidateBlock> first = store().transactions().inTransaction(() -> {
                try (CandidateSearch search = store().contactCandidates().open(fixture.tenant(),
                        ContactFilter.activeContacts(), finder)) {
                    return search.blocks().limit(1).toList();
                }
            });

            assertThat(first).singleElement().satisfies(block -> assertThat(block.records()).hasSizeGreaterThan(1));
            assertThat(rowsFiledForSearches(fixture.tenant())).isZero();
        }
    }

    @Nested
    @DisplayName("block sizes")
    class BlockSizes {

        @Test
        @DisplayName("how many contacts share each last name's key is counted as in memory, and only for that kind")
        void lastNames() {
            plantPopulation(30);
            DuplicateFinder finder = DuplicateFinder.of(PERSONS);
            ContactFilter persons = ContactFilter.activeContacts().ofType(ContactType.PERSON);

            Map<BlockingKey, Integer> stored = store().transactions().inTransaction(() -> {
                try (CandidateSearch search = store().contactCandidates().open(fixture.tenant(), persons, finder)) {
                    return search.blockSizes("last:");
                }
            });

            assertThat(stored).isNotEmpty().isEqualTo(DuplicateCandidates.inMemory(recordsOf(persons), finder)
                    .blockSizes("last:"));
            assertThat(stored.keySet()).allSatisfy(key -> assertThat(key.value()).startsWith("last:"));
            assertThat(stored.values()).allSatisfy(size -> assertThat(size).isGreaterThan(1));
        }
    }

    /** Persons of few names, so that blocks grow large, a third of them copied with a typo and the same phone. */
    private void plantPopulation(int count) {
        Random random = new Random(7);
        for (int i = 0; i < count; i++) {
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            String phone = String.format("+32 470 %06d", random.nextInt(1_000_000));
            Address address = new Address((10 + i) + " Kerkstraat", "Gent", null, "9000", CountryCode.of("BE"));
            crm().contacts().create(ContactInput.person(first, last).email(first + "." + last + i + "@example.org")
                    .phone(phone).billingAddress(address).build());
            if (i % 3 == 0) {
                crm().contacts().create(ContactInput.person(first.substring(0, first.length() - 1) + "e", last)
                        .email(first + i + "@gmail.com").phone(phone).build());
            }
        }
        crm().contacts().create(ContactInput.company("Peeters Group").phone("+32 9 223 45 67").build());
    }

    private List<MatchRecord> recordsOf(ContactFilter filter) {
        List<MatchRecord> records = new ArrayList<>();
        ContactQuery query = ContactQuery.firstPage(filter).pageOf(ContactQuery.MAX_PAGE);
        while (query != null) {
            ContactPage page = crm().contacts().find(query);
            page.contacts().forEach(contact -> records.add(DuplicateService.recordOf(contact)));
            query = page.nextCursor() == null ? null : query.after(page.nextCursor());
        }
        return records;
    }

    private Contact person(String first, String last, String email, String phone) {
        ContactInput.Builder input = ContactInput.person(first, last).email(email);
        return crm().contacts().create(phone == null ? input.build() : input.phone(phone).build());
    }

    private static Set<String> contactsOf(DuplicatePair pair) {
        return Set.of(pair.first().value(), pair.second().value());
    }
}
