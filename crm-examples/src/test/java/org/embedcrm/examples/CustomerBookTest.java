package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.BoardColumn;
import org.embedcrm.core.deal.DealCard;
import org.embedcrm.core.party.ArchiveScope;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactBecameCustomer;
import org.embedcrm.core.party.ContactCreated;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.RecordingEventListener;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the quickstart's customer book")
class CustomerBookTest {

    private final DemoClock clock = DemoClock.startingAt(Instant.parse("2026-03-02T08:45:00Z"));
    private final RecordingEventListener recorded = new RecordingEventListener();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private Crm crm;
    private CustomerBook.Book book;
    private SalesWeek.Outcome week;

    @BeforeEach
    void fillAndPlay() {
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        EventPrinter events = new EventPrinter(out);
        crm = Crm.builder().store(new InMemoryCrmStore())
                .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice")))
                .clock(clock).phoneRegion("BE").listener(events).listener(recorded).build();
        CustomerBook customers = new CustomerBook(crm, events, out);
        book = customers.fill();
        week = new SalesWeek(crm, clock, events, out, book.dealParties()).play();
        customers.printCustomers(book);
    }

    @Test
    @DisplayName("prints the Belgian customers rated 2 stars or more by name, with the total, as a table")
    void customerList() {
        assertThat(lines()).containsSequence(
                "Customers in BE rated 2 stars or more, by name: 3 found, read in 2 pages of 2",
                "+-----------------+---------+---------+--------+----------+-------+-----------------+--------------+--------------+",
                "| Name            | Type    | Country | Rating | Roles    | Group | Tags            | Phone        | VAT          |",
                "+-----------------+---------+---------+--------+----------+-------+-----------------+--------------+--------------+",
                "| Acme Industries | company | BE      | ***    | customer | WHS   | VIP             | +3225551212  | BE0428759497 |",
                "| Globex          | company | BE      | **-    | customer | RET   | Trade fair 2026 | +3232345678  | BE0123456749 |",
                "| Lotte Janssens  | person  | BE      | **-    | customer | RET   | VIP             | +32486112233 |              |",
                "+-----------------+---------+---------+--------+----------+-------+-----------------+--------------+--------------+");
    }

    @Test
    @DisplayName("prints the company's people with their job titles, stored e-mail and phone, and its primary contact")
    void people() {
        assertThat(lines()).containsSequence(
                "People at \"Acme Industries\": 2",
                "+--------------+--------------------+---------------------------+--------------+-----------------+",
                "| Name         | Job title          | E-mail                    | Phone        |                 |",
                "+--------------+--------------------+---------------------------+--------------+-----------------+",
                "| Jan Peeters  | CFO                | jan.peeters@acme.example  | +32475987654 |                 |",
                "| Marie Dubois | Head of Purchasing | Marie.Dubois@acme.example | +32470123456 | primary contact |",
                "+--------------+--------------------+---------------------------+--------------+-----------------+",
                "",
                "Customer groups: 2 (2 active, 1 with a discount), 4 contacts in a group");
    }

    @Test
    @DisplayName("fills the book with nine contacts, one archived, and prints each step with what was typed")
    void contents() {
        assertThat(recorded.eventsOf(ContactCreated.class)).hasSize(9);
        assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts())).total()).isEqualTo(8);
        assertThat(crm.contacts().find(ContactQuery.firstPage(ContactFilter.activeContacts().in(ArchiveScope.ARCHIVED)))
                .contacts()).extracting(c -> c.profile().displayName()).containsExactly("Vandamme Bakery");
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsSubsequence(
                "The customer book",
                "  customer groups: WHS \"Wholesale\" (5.00 % discount), RET \"Retail\"",
                "  create person \"Marie Dubois\", \"Marie.Dubois@ACME.Example\", \"0470 12 34 56\"",
                "      -> ContactCreated, a person",
                "  link \"Marie Dubois\" to \"Acme Industries\" as Head of Purchasing, its primary contact",
                "  archive \"Vandamme Bakery\"");
    }

    @Test
    @DisplayName("opens the week's deals with their companies, Acme's with its primary contact as the customer")
    void dealsWithCustomers() {
        Contact acme = book.acme();
        List<DealCard> cards = crm.deals().board(week.pipeline().id()).columns().stream()
                .map(BoardColumn::cards).flatMap(List::stream).toList();

        assertThat(cards).filteredOn(card -> card.title().equals("Acme ERP rollout")).singleElement()
                .satisfies(card -> {
                    assertThat(card.company()).isEqualTo(acme.id());
                    assertThat(card.customer()).isEqualTo(acme.primaryContact().orElseThrow());
                });
        assertThat(cards).filteredOn(card -> card.company() != null).extracting(DealCard::title)
                .containsExactlyInAnyOrder("Acme ERP rollout", "Globex support", "Initech migration",
                        "Umbrella US launch", "Hooli workshop");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                "open \"Acme ERP rollout\" in Lead, 48,000.00 EUR, for alice, due 2026-04-30,"
                        + " with Acme Industries (Marie Dubois)");
    }

    @Test
    @DisplayName("turns Globex from prospect into customer when its first order is confirmed, after the deal is won")
    void globexBecomesCustomer() {
        Contact globex = book.dealParties().get("Globex").company();

        assertThat(globex.roles()).containsExactly(ContactRole.PROSPECT);
        assertThat(crm.contacts().get(globex.id()).roles()).containsExactly(ContactRole.CUSTOMER);
        assertThat(recorded.eventsOf(ContactBecameCustomer.class)).extracting(ContactBecameCustomer::contact,
                ContactBecameCustomer::occurredAt).containsExactly(tuple(globex.id(),
                Instant.parse("2026-03-06T09:30:00Z")));
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsSubsequence(
                "Fri 2026-03-06 09:30  the ERP confirms the first order of \"Globex\"",
                "      -> ContactBecameCustomer Globex");
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
