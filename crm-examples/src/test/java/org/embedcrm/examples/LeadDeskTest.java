package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.ConvertedLead;
import org.embedcrm.core.lead.LeadConverted;
import org.embedcrm.core.lead.LeadCreated;
import org.embedcrm.core.lead.LeadLost;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.RecordingEventListener;
import org.embedcrm.testkit.RecordingNotifier;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the quickstart's lead desk")
class LeadDeskTest {

    private final DemoClock clock = DemoClock.startingAt(Instant.parse("2026-03-02T08:45:00Z"));
    private final RecordingEventListener recorded = new RecordingEventListener();
    private final RecordingNotifier notifications = new RecordingNotifier();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private Crm crm;
    private LeadDesk.Outcome desk;

    @BeforeEach
    void play() {
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        EventPrinter events = new EventPrinter(out);
        crm = Crm.builder().store(new InMemoryCrmStore())
                .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice")))
                .clock(clock).phoneRegion("BE").listener(events).listener(recorded)
                .notifier(new NotificationPrinter(out)).notifier(notifications).build();
        CustomerBook customers = new CustomerBook(crm, events, out);
        CustomerBook.Book book = customers.fill();
        SalesWeek.Outcome week = new SalesWeek(crm, clock, events, out, book.dealParties()).play();
        printed.reset();
        desk = new LeadDesk(crm, clock, events, out, week.pipeline()).play();
    }

    @Test
    @DisplayName("prints the lead statuses and sources a fresh tenant starts with")
    void settings() {
        assertThat(lines()).startsWith(
                "The lead desk on Monday (events are printed by the listener, notifications by the notifier,"
                        + " after each commit):",
                "  lead statuses: New (default), Contacted, Qualified, Converted (final, converted),"
                        + " Lost (final, lost)",
                "  lead sources: Cold Call, Referral, Social Media, Trade Show, Website");
    }

    @Test
    @DisplayName("creates three leads with normalised contact details; only bob, assigned by alice, is notified, after"
            + " the commit; the contact with the same e-mail address is flagged")
    void creation() {
        assertThat(lines()).containsSequence(
                "Mon 2026-03-09 09:30  create lead \"Warehouse scanners\" from Website: Jan Peeters,"
                        + " \"jan.peeters@acme.example\", at Acme Industries, 8,000.00 EUR, for bob",
                "      -> LeadCreated in New",
                "      => notify bob: Lead 'Warehouse scanners' was assigned to you by alice",
                "      stored: Jan Peeters, jan.peeters@acme.example",
                "      possible duplicate: contact \"Jan Peeters\", same email");
        assertThat(lines()).contains("      stored: Jane Doe, Jane.Doe@wayne.example, +32470556677",
                "      stored: Tom Claes, +3292345678");
        assertThat(notifications.sent()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("bob");
            assertThat(n.kind()).isEqualTo("lead.assigned");
            assertThat(n.attributes()).containsEntry("leadId", desk.forBob().id().toString());
        });
        assertThat(recorded.eventsOf(LeadCreated.class)).hasSize(3);
    }

    @Test
    @DisplayName("prints the lead board with one column per open status and the newest cards")
    void board() {
        assertThat(lines()).containsSequence(
                "Lead board: 3 leads open in 3 statuses",
                "+------------------------+--------------------+---------------------+",
                "| New                    | Contacted          | Qualified           |",
                "| 1 lead                 | 1 lead             | 1 lead              |",
                "+------------------------+--------------------+---------------------+",
                "| Office coffee machines | Warehouse scanners | Fleet renewal       |",
                "|   Tom Claes            |   Jan Peeters      |   Jane Doe          |",
                "|   Claes & Zonen        |   Acme Industries  |   Wayne Enterprises |",
                "|   1,500.00 EUR         |   8,000.00 EUR     |   20,000.00 EUR     |",
                "|   alice                |   bob              |   alice             |",
                "+------------------------+--------------------+---------------------+");
    }

    @Test
    @DisplayName("loses a lead with a reason shared with deals, and a lost lead cannot be converted")
    void lose() {
        assertThat(lines()).containsSequence(
                "Mon 2026-03-09 10:30  lose \"Office coffee machines\": Price too high",
                "      -> LeadLost, reason \"Price too high\"",
                "Mon 2026-03-09 10:45  convert \"Office coffee machines\" into customer \"Tom Claes\"",
                "      refused: lead.is-lost, nothing was stored");
        assertThat(desk.lost().lostReason()).isPresent();
        assertThat(recorded.eventsOf(LeadLost.class)).singleElement()
                .satisfies(e -> assertThat(e.lead()).isEqualTo(desk.lost().id()));
    }

    @Test
    @DisplayName("converts a lead into a customer from its source, working at a new company, and a deal in the entry"
            + " stage, and prints what was created and the lead's conversion record")
    void conversion() {
        assertThat(lines()).containsSequence(
                "Mon 2026-03-09 11:00  convert \"Fleet renewal\" into customer \"Jane Doe\", new company"
                        + " \"Wayne Enterprises\" and a deal in \"Sales\" due 2026-04-30",
                "      -> ContactCreated, a person",
                "      -> ContactCreated, a company",
                "      -> DealCreated in Lead",
                "      -> LeadConverted into a customer, a company and a deal",
                "",
                "\"Fleet renewal\" became, in one transaction:",
                "+----------+-------------------+-------------------------------------------------------------------------+",
                "| Record   | Name              | Details                                                                 |",
                "+----------+-------------------+-------------------------------------------------------------------------+",
                "| customer | Jane Doe          | person, customer, Jane.Doe@wayne.example, +32470556677, from Trade Show |",
                "| company  | Wayne Enterprises | company, customer, +32470556677, Jane Doe works there                   |",
                "| deal     | Fleet renewal     | pipeline Sales, stage Lead, 20,000.00 EUR, for alice, due 2026-04-30    |",
                "+----------+-------------------+-------------------------------------------------------------------------+",
                "",
                "The lead's conversion record, read back:",
                "  status:        Converted",
                "  converted:     Mon 2026-03-09 11:00 by alice",
                "  customer:      Jane Doe",
                "  company:       Wayne Enterprises",
                "  deal:          \"Fleet renewal\", stage Lead of Sales",
                "  opportunities: 1");
        ConvertedLead conversion = desk.conversion();
        assertThat(conversion.customer().roles()).containsExactly(ContactRole.CUSTOMER);
        assertThat(conversion.customer().origin()).contains("Trade Show");
        assertThat(conversion.deal().terms().customer()).isEqualTo(conversion.customer().id());
        assertThat(conversion.deal().terms().company()).isEqualTo(conversion.company().id());
        assertThat(conversion.deal().terms().value()).isEqualTo(Money.of("20000.00", "EUR"));
        assertThat(crm.leads().get(conversion.lead().id()).conversion()).hasValueSatisfying(c ->
                assertThat(c.deal()).isEqualTo(conversion.deal().id()));
        assertThat(recorded.eventsOf(LeadConverted.class)).singleElement()
                .satisfies(e -> assertThat(e.customer()).isEqualTo(conversion.customer().id()));
    }

    @Test
    @DisplayName("lists every lead, newest first, with its final status and lost reason")
    void list() {
        assertThat(lines()).containsSequence(
                "Leads, newest first: 3",
                "+------------------------+-----------+----------+------------+----------------+",
                "| Lead                   | Status    | Assignee | Source     | Lost because   |",
                "+------------------------+-----------+----------+------------+----------------+",
                "| Office coffee machines | Lost      | alice    | Cold Call  | Price too high |",
                "| Warehouse scanners     | Contacted | bob      | Website    |                |",
                "| Fleet renewal          | Converted | alice    | Trade Show |                |",
                "+------------------------+-----------+----------+------------+----------------+");
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
