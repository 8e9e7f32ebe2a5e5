package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.embedcrm.testkit.fixture.PipelineBuilder.stage;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.report.CurrencyRevenue;
import org.embedcrm.core.report.Dashboard;
import org.embedcrm.core.report.DashboardCounts;
import org.embedcrm.core.report.DealAttention;
import org.embedcrm.core.report.DealMonth;
import org.embedcrm.core.report.DefineObjective;
import org.embedcrm.core.report.Objective;
import org.embedcrm.core.report.ObjectiveMetric;
import org.embedcrm.core.report.PeriodProgress;
import org.embedcrm.core.report.Recurrence;
import org.embedcrm.core.report.StageDwell;
import org.embedcrm.core.report.Team;
import org.embedcrm.core.report.WinRate;
import org.embedcrm.core.scoring.FactorScore;
import org.embedcrm.core.scoring.HealthBand;
import org.embedcrm.core.scoring.HealthChanged;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.scoring.RefreshReport;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.scoring.PaymentHistorySource;
import org.embedcrm.spi.scoring.SupportTicketSource;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.RecordingEventListener;
import org.embedcrm.testkit.SettableClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/scores-and-reports.md}, on the in-memory store (and H2 for the ERP's figures). */
@DisplayName("docs/scores-and-reports.md")
class ScoresAndReportsSnippetTest {

    private static final UserRef ALICE = UserRef.of("alice");
    private static final UserRef BOB = UserRef.of("bob");

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Crm crm = fixture.crm();
    private final SettableClock clock = fixture.clock();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream console;

    @BeforeEach
    void captureOutput() {
        console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(console);
    }

    /** @return the lines the snippets printed so far */
    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    @DisplayName("a customer's health: four weighted factors from the CRM and the ERP, neutral where the ERP knows nothing")
    void health() throws SQLException {
        DataSource erpDataSource = erp();
        CrmStore store = fixture.store();
        ExecutionContext context = fixture.context();
        List<HealthChanged> alerts = new ArrayList<>();

        ErpFigures erp = new ErpFigures(erpDataSource);
        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .clock(clock)
                .plugin(new HostPlugin<>("erp-payments", PaymentHistorySource.class, erp))
                .plugin(new HostPlugin<>("erp-tickets", SupportTicketSource.class, erp))
                .listener(event -> {
                    if (event instanceof HealthChanged changed && changed.to() == HealthBand.AT_RISK) {
                        alerts.add(changed); // e.g. a task for the account manager
                    }
                })
                .build();
        Contact globex = crm.contacts().create(ContactInput.company("Globex").email("office@globex.example")
                .role(ContactRole.CUSTOMER).build());
        crm.interactions().log(LogInteraction.call(globex.id(), "Quarterly review"));
        erpRows(erpDataSource, globex.id());

        HealthScore health = crm.health().refresh(globex.id());
        System.out.println("Globex: " + health.score() + ", " + health.band());
        for (FactorScore factor : health.factors()) {
            System.out.println("  " + factor.factor() + " " + factor.score() + (factor.neutral() ? " (neutral)" : "")
                    + ": " + factor.detail());
        }

        RefreshReport night = crm.health().refreshAll(scored -> System.out.println(scored + " customers scored"));
        Map<ContactId, HealthScore> page = crm.health().scores(List.of(globex.id())); // for a list page, stored

        assertThat(printed()).containsExactly(
                "Globex: 86, HEALTHY",
                "  RECENCY 100: 0 days since the last interaction",
                "  PAYMENT_HISTORY 90: 9 invoices paid on time, 1 overdue",
                "  CONTRACT_VALUE 50 (neutral): no contract value",
                "  SUPPORT_TICKETS 80: 1 open support tickets",
                "1 customers scored");
        assertThat(night).isEqualTo(new RefreshReport(1, 0));
        assertThat(page.get(globex.id())).isEqualTo(crm.health().score(globex.id()).orElseThrow());
        clock.advance(Duration.ofDays(97)); // recency 50 now
        assertThat(crm.health().refresh(globex.id())).satisfies(score -> {
            assertThat(score.score()).isEqualTo(68);
            assertThat(score.band()).isEqualTo(HealthBand.WATCH);
        });
        assertThat(alerts).isEmpty();
        clock.advance(Duration.ofDays(100)); // recency 0: 0 + 27 + 7.5 + 16 = 50.5, still WATCH
        assertThat(crm.health().refresh(globex.id()).score()).isEqualTo(51);
        try (Connection connection = erpDataSource.getConnection(); Statement update = connection.createStatement()) {
            for (int ticket = 3; ticket <= 6; ticket++) { // five open tickets in all: SUPPORT_TICKETS 0, score 35
                update.execute("insert into ticket values (" + ticket + ", '" + fixture.tenant().value() + "', '"
                        + globex.id().value() + "', null)");
            }
        }
        HealthScore low = crm.health().refresh(globex.id());
        assertThat(low.band()).isEqualTo(HealthBand.AT_RISK);
        assertThat(alerts).singleElement().satisfies(e -> {
            assertThat(e.customer()).isEqualTo(globex.id());
            assertThat(e.from()).isEqualTo(HealthBand.WATCH);
            assertThat(e.score()).isEqualTo(low.score());
        });
    }

    private Pipeline sales;
    private Deal umbrella;
    private Deal stark;
    private LeadStatus qualified;

    /**
     * A quarter of sales: two deals opened in January (one won on 2 March), two in February (one won, one lost),
     * two on Monday 2 March (one in USD, closing soon); a customer, three leads (one qualified).
     */
    private void quarter() {
        sales = aPipeline().named("Sales").createIn(crm);
        clock.setTo(Instant.parse("2026-01-12T09:00:00Z"));
        Deal acme = aDeal().in(sales).titled("Acme ERP rollout").worth("48000.00", "EUR").withProbability(60)
                .openIn(crm);
        Deal initech = aDeal().in(sales).titled("Initech migration").worth("9800.00", "EUR").openIn(crm);
        clock.setTo(Instant.parse("2026-02-03T09:00:00Z"));
        Deal globex = aDeal().in(sales).titled("Globex support").worth("12500.00", "EUR").assignedTo("bob")
                .openIn(crm);
        Deal hooli = aDeal().in(sales).titled("Hooli workshop").worth("2400.00", "EUR").openIn(crm);
        clock.setTo(Instant.parse("2026-02-10T09:00:00Z"));
        crm.deals().move(MoveDeal.to(acme.id(), stage(sales, "Negotiation").id()));
        crm.deals().move(MoveDeal.to(globex.id(), stage(sales, "Proposal").id()));
        clock.setTo(Instant.parse("2026-02-20T09:00:00Z"));
        crm.deals().move(MoveDeal.to(globex.id(), stage(sales, "Won").id()));
        clock.setTo(Instant.parse("2026-02-25T09:00:00Z"));
        crm.deals().move(MoveDeal.to(hooli.id(), stage(sales, "Lost").id()));
        clock.setTo(Instant.parse("2026-03-02T09:00:00Z"));
        crm.deals().move(MoveDeal.to(initech.id(), stage(sales, "Won").id()));
        umbrella = aDeal().in(sales).titled("Umbrella US launch").worth("30000.00", "USD").withProbability(40)
                .closingOn(LocalDate.of(2026, 3, 10)).openIn(crm);
        stark = aDeal().in(sales).inStage("Proposal").titled("Stark pilot").worth("15000.00", "EUR").openIn(crm);
        crm.contacts().create(ContactInput.company("Globex").email("office@globex.example")
                .role(ContactRole.CUSTOMER).build());
        qualified = crm.leadSettings().statuses().stream().filter(s -> s.name().equals("Qualified")).findFirst()
                .orElseThrow();
        Lead fleet = crm.leads().create(LeadInput.titled("Fleet renewal")).lead();
        crm.leads().create(LeadInput.titled("Warehouse scanners"));
        crm.leads().create(LeadInput.titled("Office coffee"));
        crm.leads().moveOnBoard(fleet.id(), qualified.id());
    }

    @Test
    @DisplayName("the dashboard: counts, revenue per currency, recent records and the deals of the last six months")
    void dashboard() {
        quarter();

        Dashboard dashboard = crm.reports().dashboard(Set.of(qualified.id())); // the statuses you call qualified
        DashboardCounts counts = dashboard.counts();
        System.out.println(counts.customers() + " customer, " + counts.openDeals() + " open deals, "
                + counts.wonDeals() + " won, " + counts.lostDeals() + " lost; " + counts.qualifiedLeads() + " of "
                + counts.leads() + " leads qualified");
        for (CurrencyRevenue revenue : dashboard.revenue()) { // by currency code, never added across currencies
            System.out.println(revenue.currency() + ": won " + revenue.won() + ", average " + revenue.averageWon()
                    + ", open " + revenue.openPotential() + ", weighted " + revenue.weightedPipeline());
        }
        for (DealMonth month : dashboard.dealsByMonth()) { // oldest first, one line per month and currency
            System.out.println(month.month() + " " + month.currency() + ": " + month.created() + " created, "
                    + month.won() + " won for " + month.wonAmount() + ", " + month.lost() + " lost");
        }

        assertThat(printed()).containsExactly(
                "1 customer, 3 open deals, 2 won, 1 lost; 1 of 3 leads qualified",
                "EUR: won 22300.00, average 11150.00, open 63000.00, weighted 28800.00",
                "USD: won 0.00, average 0.00, open 30000.00, weighted 12000.00",
                "2026-01 EUR: 2 created, 0 won for 0.00, 0 lost",
                "2026-02 EUR: 2 created, 1 won for 12500.00, 1 lost",
                "2026-03 EUR: 1 created, 1 won for 9800.00, 0 lost",
                "2026-03 USD: 1 created, 0 won for 0.00, 0 lost");
        assertThat(dashboard.recentDeals()).extracting(d -> d.terms().title()).containsExactly("Stark pilot",
                "Umbrella US launch", "Hooli workshop", "Globex support", "Initech migration");
        assertThat(dashboard.recentCustomers()).extracting(c -> c.profile().displayName()).containsExactly("Globex");
        assertThat(dashboard.openDealsByPipeline()).isEqualTo(Map.of(sales.id(), 3L));
        assertThat(dashboard.leadsBySource()).singleElement().satisfies(source -> {
            assertThat(source.source()).isNull();
            assertThat(source.leads()).isEqualTo(3);
        });
        assertThat(counts).isEqualTo(new DashboardCounts(1, 1, 1, 3, 1, 6, 3, 2, 1, 0, 0, 0));
    }

    @Test
    @DisplayName("win rate, time in stage and attention levels")
    void rates() {
        quarter();

        WinRate february = crm.reports().winRate(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        System.out.println(february.won() + " won, " + february.lost() + " lost: " + february.rate().orElseThrow());
        for (StageDwell dwell : crm.reports().timeInStages(sales.id())) { // only stays that ended
            String stage = sales.stages().stream().filter(s -> s.id().equals(dwell.stage())).findFirst()
                    .orElseThrow().name();
            System.out.println(stage + ": " + dwell.stays() + " stays, " + dwell.average().toHours() + " hours");
        }
        DealAttention attention = crm.reports().attention(umbrella.id());
        System.out.println(attention.level() + ", " + attention.probability()); // closes in 8 days, 40 %

        assertThat(printed()).containsExactly(
                "1 won, 1 lost: 0.5000",
                "Lead: 4 stays, 642 hours",
                "Proposal: 1 stays, 240 hours",
                "CLOSING_SOON, MEDIUM");
        assertThat(crm.reports().attention(stark.id())).isEqualTo(new DealAttention(DealAttention.Level.NEW, null));
        assertThat(crm.reports().winRate(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 31)).rate()).isEmpty();
        clock.advance(Duration.ofDays(2));
        assertThat(crm.reports().attention(umbrella.id()).level()).isEqualTo(DealAttention.Level.CLOSING_URGENTLY);
        clock.advance(Duration.ofDays(10));
        assertThat(crm.reports().attention(stark.id()).level()).isEqualTo(DealAttention.Level.OLDER_THAN_A_WEEK);
        assertThat(DealAttention.ProbabilityBand.of(25)).isEqualTo(DealAttention.ProbabilityBand.LOW);
        assertThat(DealAttention.ProbabilityBand.of(75)).isEqualTo(DealAttention.ProbabilityBand.VERY_HIGH);
    }

    @Test
    @DisplayName("objectives of a user and of a team, with their progress per period")
    void objectives() {
        quarter();

        Team benelux = crm.objectives().defineTeam("Benelux sales", Set.of(ALICE, BOB));
        Objective revenue = crm.objectives().define(DefineObjective.forTeam(benelux.id(), ObjectiveMetric.AMOUNT_WON,
                        new BigDecimal("20000"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .amount("EUR")
                .every(Recurrence.MONTHLY));
        Objective calls = crm.objectives().define(DefineObjective.forUser(ALICE, ObjectiveMetric.CALLS_MADE,
                new BigDecimal("40"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)));
        for (PeriodProgress period : crm.objectives().progress(revenue.id())) { // the periods begun, oldest first
            System.out.println(period.from() + " to " + period.to() + ": " + period.actual().stripTrailingZeros()
                    .toPlainString() + " of " + period.target() + " EUR, " + period.percent() + " %");
        }

        assertThat(printed()).containsExactly(
                "2026-01-01 to 2026-01-31: 0 of 20000 EUR, 0.00 %",
                "2026-02-01 to 2026-02-28: 12500 of 20000 EUR, 62.50 %",
                "2026-03-01 to 2026-03-31: 9800 of 20000 EUR, 49.00 %");
        Contact globex = crm.contacts().create(ContactInput.company("Globex Retail").email("shop@globex.example")
                .build());
        crm.interactions().log(LogInteraction.call(globex.id(), "Intro"));
        crm.interactions().log(LogInteraction.call(globex.id(), "Pricing"));
        assertThat(crm.objectives().progress(calls.id())).singleElement().satisfies(week -> {
            assertThat(week.actual()).isEqualByComparingTo("2");
            assertThat(week.percent()).isEqualTo(new BigDecimal("5.00"));
        });
        assertThat(crm.objectives().teams()).extracting(Team::name).containsExactly("Benelux sales");
    }

    @Test
    @DisplayName("the errors of reports, teams and objectives")
    void errors() {
        Team benelux = crm.objectives().defineTeam("Benelux sales", Set.of(ALICE, BOB));

        assertThatCrmError(() -> crm.reports().winRate(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1)))
                .isA(ValidationException.class).hasViolation("to", "report.period.invalid");
        assertThatCrmError(() -> crm.objectives().defineTeam("BENELUX SALES", Set.of(ALICE)))
                .isA(ConflictException.class).hasCode("team.name-taken");
        assertThatCrmError(() -> crm.objectives().defineTeam("Nobody", Set.of()))
                .isA(ValidationException.class).hasViolation("members", "team.members.size");
        assertThatCrmError(() -> crm.objectives().define(DefineObjective.forTeam(benelux.id(),
                ObjectiveMetric.AMOUNT_WON, BigDecimal.TEN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))))
                .isA(ValidationException.class).hasViolation("currency", "objective.currency");
        assertThatCrmError(() -> crm.objectives().define(DefineObjective.forUser(ALICE, ObjectiveMetric.DEALS_WON,
                BigDecimal.ZERO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))))
                .isA(ValidationException.class).hasViolation("target", "objective.target.positive");
        assertThatCrmError(() -> crm.objectives().define(DefineObjective.forUser(ALICE, ObjectiveMetric.DEALS_WON,
                new BigDecimal("0.00001"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))))
                .isA(ValidationException.class).hasViolation("target", "objective.target.scale");
        assertThatCrmError(() -> crm.objectives().define(DefineObjective.forUser(ALICE, ObjectiveMetric.DEALS_WON,
                BigDecimal.ONE, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31))))
                .isA(ValidationException.class).hasViolation("to", "objective.range");
        assertThatCrmError(() -> crm.objectives().define(new DefineObjective(ALICE, benelux.id(),
                ObjectiveMetric.DEALS_WON, BigDecimal.ONE, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                Recurrence.NONE))).isA(ValidationException.class).hasViolation("user", "objective.owner");
        assertThatCrmError(() -> crm.objectives().progress(new org.embedcrm.core.report.ObjectiveId(
                UUID.randomUUID()))).isA(NotFoundException.class).hasCode("objective.not-found");
        assertThatCrmError(() -> crm.objectives().define(DefineObjective.forTeam(
                new org.embedcrm.core.report.TeamId(UUID.randomUUID()), ObjectiveMetric.DEALS_WON, BigDecimal.ONE,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))).isA(NotFoundException.class)
                .hasCode("team.not-found");
    }

    private static DataSource erp() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:erp-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create table invoice (number varchar(20) primary key, tenant varchar(64) not null,"
                    + " customer_id uuid not null, due_on date not null, paid_on date)");
            ddl.execute("create table ticket (id int primary key, tenant varchar(64) not null,"
                    + " customer_id uuid not null, closed_at timestamp(6) with time zone)");
        }
        return dataSource;
    }

    /** Nine invoices paid on time, one paid late, one not due yet; one ticket open, one closed. */
    private void erpRows(DataSource erp, ContactId customer) throws SQLException {
        String tenant = fixture.tenant().value();
        try (Connection connection = erp.getConnection(); Statement insert = connection.createStatement()) {
            for (int i = 1; i <= 11; i++) {
                String paid = i <= 9 ? "date '2025-0" + (i % 9 + 1) + "-10'" : i == 10 ? "date '2025-12-20'" : "null";
                String due = i <= 9 ? "date '2025-0" + (i % 9 + 1) + "-15'" : i == 10 ? "date '2025-12-15'"
                        : "date '2099-12-31'";
                insert.execute("insert into invoice values ('" + i + "', '" + tenant + "', '" + customer.value()
                        + "', " + due + ", " + paid + ")");
            }
            insert.execute("insert into ticket values (1, '" + tenant + "', '" + customer.value() + "', null)");
            insert.execute("insert into ticket values (2, '" + tenant + "', '" + customer.value()
                    + "', timestamp with time zone '2026-02-01 10:00:00+00')");
        }
    }
}
