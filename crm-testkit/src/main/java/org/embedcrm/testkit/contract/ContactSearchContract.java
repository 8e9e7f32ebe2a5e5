package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactPage;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactSort;
import org.embedcrm.core.party.ContactStatus;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.CountryCode;
import org.embedcrm.core.party.CustomerGroup;
import org.embedcrm.core.party.LanguageCode;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.shared.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of {@link org.embedcrm.core.party.Contacts#search}: every filter, every sort, keyset paging. */
public abstract class ContactSearchContract extends StoreContract {

    private Tag vip;
    private Tag fair;
    private ContactStatus lead;
    private CustomerGroup wholesale;
    private Contact ada;
    private Contact grace;
    private Contact initech;
    private Contact zoe;
    private Instant start;

    @BeforeEach
    void someContacts() {
        vip = crm().contactSettings().defineTag("VIP", null);
        fair = crm().contactSettings().defineTag("Fair 2026", null);
        lead = crm().contactSettings().defineStatus("Lead", null);
        wholesale = crm().customerGroups().define("Wholesale", "WHS", null, BigDecimal.ONE, 1);
        start = fixture.clock().instant();
        ada = create(ContactInput.person("Ada", "Lovelace").email("ada@analytical.example").phone("+32 470 12 34 56")
                .tag(vip.id()).tag(fair.id()).starRating(3).country("GB").language("en").role(ContactRole.CUSTOMER)
                .assignee(UserRef.of("bob")).status(lead.id()).nextContactDate(LocalDate.of(2026, 5, 1)));
        grace = create(ContactInput.person("Grace", "Hopper").email("grace@navy.example").tag(fair.id()).starRating(1)
                .country("US").language("en").role(ContactRole.PROSPECT).customerGroup(wholesale.id()));
        initech = create(ContactInput.company("Initech").email("info@initech.example").phone("02/555.12.12")
                .starRating(2).country("BE").language("nl").role(ContactRole.SUPPLIER)
                .nextContactDate(LocalDate.of(2026, 4, 1)));
        zoe = create(ContactInput.person("Zoë", "Élan").email("zoe@example.org").country("FR").language("fr"));
    }

    private Contact create(ContactInput.Builder input) {
        fixture.clock().advance(Duration.ofMinutes(1));
        return crm().contacts().create(input.build());
    }

    private List<ContactId> ids(ContactFilter filter) {
        return crm().contacts().find(ContactQuery.firstPage(filter)).contacts().stream().map(Contact::id).toList();
    }

    private static ContactFilter all() {
        return ContactFilter.activeContacts();
    }

    @Nested
    @DisplayName("filters")
    class Filters {

        @Test
        @DisplayName("text matches names and e-mail addresses regardless of case")
        void text() {
            assertThat(ids(all().matching("LOVE"))).containsExactly(ada.id());
            assertThat(ids(all().matching("navy.EX"))).containsExactly(grace.id());
            assertThat(ids(all().matching("zoë"))).containsExactly(zoe.id());
            assertThat(ids(all().matching("100%_"))).isEmpty();
        }

        @Test
        @DisplayName("phone digits match whatever the formatting of the number or the search")
        void phoneDigits() {
            assertThat(ids(all().matching("0470 12-34"))).isEmpty();
            assertThat(ids(all().matching("470 12 34"))).containsExactly(ada.id());
            assertThat(ids(all().matching("(2) 555-1212"))).containsExactly(initech.id());
        }

        @Test
        @DisplayName("type, status, rating, country and language narrow the list")
        void simpleCriteria() {
            assertThat(ids(all().ofType(ContactType.COMPANY))).containsExactly(initech.id());
            assertThat(ids(all().inStatuses(Set.of(lead.id())))).containsExactly(ada.id());
            assertThat(ids(all().rated(2, null))).containsExactly(ada.id(), initech.id());
            assertThat(ids(all().rated(null, 1))).containsExactly(grace.id());
            org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError(() -> all().rated(4, null))
                    .hasCode("validation.failed").reportsFields("minRating");
            assertThat(ids(all().locatedIn(CountryCode.of("BE"), null))).containsExactly(initech.id());
            assertThat(ids(all().locatedIn(null, LanguageCode.of("en")))).containsExactly(ada.id(), grace.id());
        }

        @Test
        @DisplayName("tags match any or all of a set")
        void tags() {
            assertThat(ids(all().tagged(Set.of(vip.id(), fair.id()), null))).containsExactly(ada.id(), grace.id());
            assertThat(ids(all().tagged(null, Set.of(vip.id(), fair.id())))).containsExactly(ada.id());
        }

        @Test
        @DisplayName("roles match any of a set; assignee and customer group narrow too")
        void rolesAndOwners() {
            assertThat(ids(all().withRoles(Set.of(ContactRole.SUPPLIER, ContactRole.PROSPECT))))
                    .containsExactly(grace.id(), initech.id());
            assertThat(ids(all().ownedBy(UserRef.of("bob"), null))).containsExactly(ada.id());
            assertThat(ids(all().ownedBy(null, wholesale.id()))).containsExactly(grace.id());
        }

        @Test
        @DisplayName("creation time is matched from (inclusive) to before (exclusive)")
        void created() {
            assertThat(ids(all().createdBetween(grace.createdAt(), initech.createdAt()))).containsExactly(grace.id());
            assertThat(ids(all().createdBetween(start, null))).hasSize(4);
        }
    }

    @Nested
    @DisplayName("sorting and paging")
    class SortingAndPaging {

        @Test
        @DisplayName("sorts by name, creation, rating and next contact date (none last), each way")
        void sorts() {
            assertThat(page(ContactSort.NAME, false)).containsExactly(ada.id(), grace.id(), initech.id(), zoe.id());
            assertThat(page(ContactSort.NAME, true)).containsExactly(zoe.id(), initech.id(), grace.id(), ada.id());
            assertThat(page(ContactSort.CREATED, false)).containsExactly(ada.id(), grace.id(), initech.id(), zoe.id());
            assertThat(page(ContactSort.RATING, true)).containsExactly(ada.id(), initech.id(), grace.id(), zoe.id());
            assertThat(page(ContactSort.NEXT_CONTACT, false).subList(0, 2)).containsExactly(initech.id(), ada.id());
        }

        private List<ContactId> page(ContactSort sort, boolean descending) {
            return crm().contacts().find(ContactQuery.firstPage(all()).sortedBy(sort, descending)).contacts().stream()
                    .map(Contact::id).toList();
        }

        @Test
        @DisplayName("pages follow each other without gaps or repeats, even when contacts are added meanwhile")
        void keysetStable() {
            ContactQuery query = ContactQuery.firstPage(all()).pageOf(2);
            ContactPage first = crm().contacts().find(query);
            crm().contacts().create(ContactInput.person("Aaron", "Aardvark").email("aaron@example.org").build());

            ContactPage second = crm().contacts().find(query.after(first.nextCursor()));

            assertThat(first.contacts()).extracting(Contact::id).containsExactly(ada.id(), grace.id());
            assertThat(second.contacts()).extracting(Contact::id).containsExactly(initech.id(), zoe.id());
            assertThat(second.nextCursor()).isNull();
            assertThat(first.total()).isEqualTo(4);
            assertThat(second.total()).isEqualTo(5);
        }

        @Test
        @DisplayName("paging through a large list visits every match exactly once, in order")
        void pagesThrough() {
            for (int i = 0; i < 23; i++) {
                crm().contacts().create(aCompany().starRating(i % 4).build());
            }
            List<ContactId> seen = new ArrayList<>();
            ContactQuery query = ContactQuery.firstPage(all()).sortedBy(ContactSort.RATING, true).pageOf(5);
            ContactPage page = crm().contacts().find(query);
            seen.addAll(page.contacts().stream().map(Contact::id).toList());
            while (page.nextCursor() != null) {
                page = crm().contacts().find(query.after(page.nextCursor()));
                seen.addAll(page.contacts().stream().map(Contact::id).toList());
            }

            assertThat(seen).hasSize(27).doesNotHaveDuplicates();
            List<Integer> ratings = seen.stream().map(id -> crm().contacts().get(id).rating().stars()).toList();
            assertThat(ratings).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }
}
