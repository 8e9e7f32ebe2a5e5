package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the quickstart")
class QuickstartTest {

    @Test
    @DisplayName("runs on H2 through the JPA store and prints the customers, the pipeline, the week, the board, a history,"
            + " a customer list, the lead desk, the activity desk, the dashboard, a health score and a merge")
    void runsOnH2() {
        String printed = run("jdbc:h2:mem:quickstart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertThat(printed).containsSubsequence(
                "The customer book",
                "-> ContactCreated, a company",
                "Pipeline \"Sales\" (default, active): 6 stages",
                "-> DealLost on 2026-03-05, reason \"Chose a competitor\", note \"Went with their incumbent supplier\"",
                "Board of pipeline \"Sales\": 7 deals in 6 stages",
                "| Lead ", "| Qualified ", "| Proposal ", "| Negotiation ", "| Won ", "| Lost ",
                "| 15,000.00 EUR ",
                "| 30,000.00 USD ",
                "Stage history of \"Globex support\"",
                "Negotiation -> Won",
                "closed on 2026-03-06",
                "Customers in BE rated 2 stars or more, by name: 3 found, read in 2 pages of 2",
                "People at \"Acme Industries\": 2",
                "| Marie Dubois | Head of Purchasing | Marie.Dubois@acme.example | +32470123456 | primary contact |",
                "Customer groups: 2 (2 active, 1 with a discount), 4 contacts in a group",
                "The lead desk on Monday",
                "=> notify bob: Lead 'Warehouse scanners' was assigned to you by alice",
                "possible duplicate: contact \"Jan Peeters\", same email",
                "Lead board: 3 leads open in 3 statuses",
                "-> LeadLost, reason \"Price too high\"",
                "refused: lead.is-lost, nothing was stored",
                "-> LeadConverted into a customer, a company and a deal",
                "| customer | Jane Doe          | person, customer, Jane.Doe@wayne.example, +32470556677,"
                        + " from Trade Show |",
                "| company  | Wayne Enterprises | company, customer, +32470556677, Jane Doe works there ",
                "| deal     | Fleet renewal     | pipeline Sales, stage Lead, 20,000.00 EUR, for alice,"
                        + " due 2026-04-30 ",
                "  status:        Converted",
                "  deal:          \"Fleet renewal\", stage Lead of Sales",
                "| Office coffee machines | Lost      | alice    | Cold Call  | Price too high |",
                "The activity desk from Tuesday",
                "  activity categories: Customer visit, Product demo",
                "-> InteractionLogged, a call with Globex",
                "      follow-up task \"Follow up: Kick-off of the support contract\" for bob, due Thu 2026-03-12 10:00,"
                        + " reminder at Thu 2026-03-12 10:00",
                "      Globex: last interaction Tue 2026-03-10 09:00, next contact date 2026-03-12",
                "      reminders at Tue 2026-03-10 14:00, Wed 2026-03-11 13:45",
                "Tue 2026-03-10 14:00  dispatch due reminders",
                "      => notify alice: Reminder: On-site visit at 2026-03-11T14:00:00Z",
                "      => notify bob: Reminder: On-site visit at 2026-03-11T14:00:00Z",
                "      1 reminder sent",
                "-> ActivityStatusChanged planned -> done",
                "      => notify bob: Reminder: Follow up: Kick-off of the support contract at 2026-03-12T10:00:00Z",
                "      0 reminders sent: each due reminder was claimed and sent once already",
                "Timeline of \"Globex\", newest first: 6 items",
                "The dashboard on Fri 2026-03-13 09:00 (crm.reports(), computed from the stored records):",
                "  companies: 7 (6 active), customers: 8",
                "  deals: 8 (6 open, 1 won, 1 lost)",
                "  leads: 3 (1 qualified or converted)",
                "  tasks: 1 (1 pending, 0 done)",
                "| EUR      | 12,500.00 EUR | 12,500.00 EUR | 92,800.00 EUR | 11,530.00 EUR |",
                "| USD      | 0.00 USD      | 0.00 USD      | 30,000.00 USD | 3,000.00 USD  |",
                "Deals by month, the last 6 months:",
                "| 2026-03 | no value | 1       | 0   | 0    | -             |",
                "| 2026-03 | EUR      | 6       | 1   | 1    | 12,500.00 EUR |",
                "| 2026-03 | USD      | 1       | 0   | 0    | 0.00 USD      |",
                "      -> HealthChanged Globex: no score -> healthy, score 87",
                "Health of \"Globex\": 87, healthy",
                "| recency         | 35 %   | 100   | 3 days since the last interaction  |",
                "| payment history | 30 %   | 80    | 4 invoices paid on time, 1 overdue |",
                "| contract value  | 15 %   | 82    | contracts worth 12500.00 EUR       |",
                "| support tickets | 20 %   | 80    | 1 open support tickets             |",
                "The duplicate desk",
                "      -> InteractionLogged, a call with Marie Dubois (badge)",
                "      likely duplicate: \"Marie Dubois\" (Marie.Dubois@acme.example), duplicate: score 12.0 >= 6.0;"
                        + " strong key PHONE;",
                "| language | fr   | nl          |",
                "      would move or add: interactions 1, emails 1",
                "      -> ContactsMerged Marie Dubois (badge) into Marie Dubois, moved interactions 1, emails 1",
                "      \"Marie Dubois\" now: Marie.Dubois@acme.example, marie.dubois@gmail.com; language fr,"
                        + " from Trade fair 2026");
        assertThat(printed).containsPattern("resolve\\([0-9a-f-]{36}\\) -> \"Marie Dubois\" [0-9a-f-]{36},"
                + " the contact kept");
        assertThat(printed.lines().toList()).as("the customer's timeline, read through the JPA store")
                .containsSequence(
                "| Thu 2026-03-12 10:00 | activity    | Task: Follow up: Kick-off of the support contract | bob   |",
                "| Wed 2026-03-11 16:00 | host        | Invoice 2026-0042 sent, 12,500.00 EUR             |       |",
                "| Wed 2026-03-11 14:00 | activity    | Meeting: On-site visit                            | alice |",
                "| Tue 2026-03-10 09:00 | interaction | Call: Kick-off of the support contract            | alice |",
                "| Fri 2026-03-06 09:30 | change      | roles: PROSPECT → CUSTOMER                        | alice |",
                "| Mon 2026-03-02 08:45 | change      | Created                                           | alice |");
        assertThat(printed.lines().toList()).as("the customer list, read a page at a time through the JPA store")
                .containsSequence(
                "+-----------------+---------+---------+--------+----------+-------+-----------------+--------------+--------------+",
                "| Acme Industries | company | BE      | ***    | customer | WHS   | VIP             | +3225551212  | BE0428759497 |",
                "| Globex          | company | BE      | **-    | customer | RET   | Trade fair 2026 | +3232345678  | BE0123456749 |",
                "| Lotte Janssens  | person  | BE      | **-    | customer | RET   | VIP             | +32486112233 |              |",
                "+-----------------+---------+---------+--------+----------+-------+-----------------+--------------+--------------+");
    }

    @Test
    @DisplayName("prints the same output on every run, ids aside")
    void deterministic() {
        String first = run("jdbc:h2:mem:quickstart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        String second = run("jdbc:h2:mem:quickstart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertThat(withoutIds(second)).isEqualTo(withoutIds(first));
    }

    private static String run(String url) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Quickstart.run(url, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String withoutIds(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
    }
}
