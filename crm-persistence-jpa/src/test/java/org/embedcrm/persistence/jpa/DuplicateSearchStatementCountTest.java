package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aPerson;

import java.util.ArrayList;
import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.merge.BlockingKey;
import org.embedcrm.core.merge.CandidateBlock;
import org.embedcrm.core.merge.CandidateSearch;
import org.embedcrm.core.merge.DuplicateCandidates;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.DuplicateReport;
import org.embedcrm.core.merge.DuplicateService;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the SQL statements a search for duplicates among stored contacts costs on H2")
class DuplicateSearchStatementCountTest {

    private static final StatementCounter statements = new StatementCounter();

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2)
            .with("hibernate.session_factory.statement_inspector", statements);

    @Test
    @DisplayName("a page of contacts with one batch per kind of child row, one insert of their keys, the oversized"
            + " keys, how many share each last name and each first name, date of birth or town, the page bounds, a page"
            + " of key rows, the contacts of its shared keys with their child rows, and the delete: 21 statements for"
            + " 12 contacts as for 60")
    void fixedPerPage() {
        List<String> twelve = searchAmong(12);
        List<String> sixty = searchAmong(60);

        System.out.println("duplicate search: " + twelve.size() + " statements (12 contacts), " + sixty.size()
                + " statements (60 contacts)");
        assertThat(twelve).containsExactly(
                "select", "select", "select", "select", "select", "select", "select", // contacts, child rows
                "insert", // their keys
                "select", "select", // how many share each last name, each first name, date of birth or town
                "select", // the oversized keys
                "select", "select", // the bounds of the pages of key rows, the one page
                "select", "select", "select", "select", "select", "select", "select", // contacts, child rows
                "delete");
        assertThat(sixty).isEqualTo(twelve);
    }

    @Test
    @DisplayName("key rows past a page are read in pages of whole keys, one more page of rows and of contacts each,"
            + " and the report is the finder's over the same contacts in memory")
    void severalPages() {
        Crm crm = CrmFixture.on(store.get()).crm();
        for (int i = 0; i < 400; i++) {
            crm.contacts().create(ContactInput.person("Jan" + (char) ('a' + i % 26), "Peeters" + i / 7)
                    .email("jan" + i + "@peeters" + i / 3 + ".example").phone(String.format("+32 470 %06d", i / 2))
                    .build());
        }
        DuplicateCriteria criteria = DuplicateCriteria.persons().withDefaultRegion("BE");
        List<MatchRecord> records = crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())
                .pageOf(ContactQuery.MAX_PAGE)).contacts().stream().map(DuplicateService::recordOf).toList();
        DuplicateFinder finder = DuplicateFinder.of(criteria);
        long keys = records.stream().mapToLong(record -> finder.blockingKeys(record).size()).sum();

        statements.reset();
        DuplicateReport report = crm.duplicates().find(ContactFilter.activeContacts(), criteria);
        List<String> kinds = statements.kinds();

        assertThat(keys).isBetween(2_001L, 4_000L);
        assertThat(report.pairs()).isNotEmpty();
        assertThat(report).isEqualTo(finder.find(records));
        assertThat(kinds.stream().filter("insert"::equals)).hasSize(Math.toIntExact((keys + 499) / 500));
        // contacts and child rows, key inserts, block sizes of last names and of the other values, oversized keys, page
        // bounds, two pages of key rows each with its contacts and child rows, one slice of each of the 5 oversized
        // keys (the last name's, the first name's, each name's with the other's initial, and the e-mail's first
        // letters) with its contacts and child rows, the delete
        assertThat(DuplicateCandidates.inMemory(records, finder).keysSharedByMoreThan(criteria.maxBlockSize()))
                .extracting(BlockingKey::value).containsExactlyInAnyOrder("last:PTRS", "same:first:JN", "name:PTRS:j",
                        "name:JN:p", "mailbox:jan@pee");
        assertThat(kinds).hasSize(7 + (int) ((keys + 499) / 500) + 2 + 1 + 1 + 2 * (1 + 7) + 5 * (1 + 7) + 1);
    }

    @Test
    @DisplayName("a key shared by more contacts than a slice holds is read in slices in sort-key order, each contact"
            + " once, and the report is the finder's over the same contacts in memory")
    void oversizedKeyInSlices() {
        CrmFixture fixture = CrmFixture.on(store.get());
        Crm crm = fixture.crm();
        for (int i = 0; i < 620; i++) {
            crm.contacts().create(ContactInput.person("Anna" + i, "Peeters").phone(String.format("+32 470 %06d", i / 2))
                    .build());
        }
        DuplicateCriteria criteria = DuplicateCriteria.persons().withDefaultRegion("BE");
        DuplicateFinder finder = DuplicateFinder.of(criteria);
        List<MatchRecord> records = new ArrayList<>();
        ContactQuery query = ContactQuery.firstPage(ContactFilter.activeContacts()).pageOf(ContactQuery.MAX_PAGE);
        while (query != null) {
            ContactPage page = crm.contacts().find(query);
            page.contacts().forEach(contact -> records.add(DuplicateService.recordOf(contact)));
            query = page.nextCursor() == null ? null : query.after(page.nextCursor());
        }

        List<CandidateBlock> slices = store.get().transactions().inTransaction(() -> {
            try (CandidateSearch search = store.get().contactCandidates().open(fixture.tenant(),
                    ContactFilter.activeContacts(), finder)) {
                return search.blocks().filter(block -> block.key().value().equals("last:PTRS")).toList();
            }
        });
        List<String> sortKeys = slices.stream().flatMap(block -> block.records().stream()).map(finder::sortKey)
                .toList();

        assertThat(slices).extracting(block -> block.records().size()).containsExactly(500, 120);
        assertThat(sortKeys).hasSize(620).doesNotHaveDuplicates().isSorted();
        assertThat(crm.duplicates().find(ContactFilter.activeContacts(), criteria)).isEqualTo(finder.find(records));
    }

    /** @return the statements of one search among that many persons, who all share their e-mail domain */
    private static List<String> searchAmong(int persons) {
        Crm crm = CrmFixture.on(store.get()).crm();
        for (int i = 0; i < persons; i++) {
            crm.contacts().create(aPerson().build());
        }
        statements.reset();
        DuplicateReport report = crm.duplicates().find(ContactFilter.activeContacts(), DuplicateCriteria.persons());
        List<String> kinds = statements.kinds();
        assertThat(report.comparisons()).isEqualTo(persons * (persons - 1L) / 2);
        return kinds;
    }
}
