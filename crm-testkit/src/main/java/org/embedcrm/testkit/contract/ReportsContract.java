package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.embedcrm.testkit.fixture.PipelineBuilder.stage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.embedcrm.core.activity.Activity;
import org.embedcrm.core.activity.ActivityStatus;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
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
import org.embedcrm.core.report.Team;
import org.embedcrm.core.shared.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link org.embedcrm.core.report.Reports}, {@link org.embedcrm.core.report.Teams} and
 * {@link org.embedcrm.core.report.Objectives} ports: one fixture, the same figures on every store, to the cent.
 */
public abstract class ReportsContract extends StoreContract {

    private static final UserRef ALICE = UserRef.of("alice");
    private static final UserRef BOB = UserRef.of("bob");

    private Pipeline sales;
    private Deal lead;
    private Deal won;
    private LeadStatus qualified;
    private LocalDate monday;

    /**
     * Seven deals in two currencies and none, opened on Monday; one won on Tuesday, one won and one lost on
     * Thursday; two companies (one archived), one customer, three leads, three tasks, two calls and a meeting.
     */
    @BeforeEach
    void fixture() {
        monday = LocalDate.ofInstant(fixture.clock().instant(), fixture.clock().getZone());
        sales = aPipeline().createIn(crm());
        lead = aDeal().in(sales).titled("A").worth("1000.00", "EUR").openIn(crm());
        aDeal().in(sales).inStage("Proposal").titled("B").worth("2500.50", "EUR").withProbability(40).openIn(crm());
        won = aDeal().in(sales).titled("C").worth("333.33", "EUR").openIn(crm());
        Deal d = aDeal().in(sales).titled("D").worth("666.67", "EUR").openIn(crm());
        Deal e = aDeal().in(sales).titled("E").worth("100", "USD").openIn(crm());
        aDeal().in(sales).inStage("Qualified").titled("F").withoutValue().openIn(crm());
        aDeal().in(sales).titled("G").worth("50.10", "USD").withProbability(75).closingOn(monday.plusDays(20))
                .openIn(crm());
        fixture.clock().advance(Duration.ofDays(1));
        crm().deals().move(MoveDeal.to(won.id(), stage(sales, "Won").id()));
        fixture.clock().advance(Duration.ofDays(2));
        crm().deals().move(MoveDeal.to(d.id(), stage(sales, "Won").id()));
        crm().deals().move(MoveDeal.to(e.id(), stage(sales, "Lost").id()));

        Contact globex = crm().contacts().create(ContactInput.company("Globex").email("office@globex-" + System.nanoTime()
                + ".example").role(ContactRole.CUSTOMER).build());
        Contact initech = crm().contacts().create(ContactInput.company("Initech").email("office@initech-"
                + System.nanoTime() + ".example").build());
        crm().contacts().archive(initech.id());

        List<LeadStatus> statuses = crm().leadSettings().statuses();
        qualified = statuses.get(1);
        Lead first = crm().leads().create(LeadInput.titled("L1")).lead();
        crm().leads().create(LeadInput.titled("L2"));
        crm().leads().create(LeadInput.titled("L3"));
        crm().leads().moveOnBoard(first.id(), qualified.id());

        Activity open = crm().activities().plan(PlanActivity.task("T1", fixture.clock().instant().plusSeconds(60)));
        Activity started = crm().activities().plan(PlanActivity.task("T2", fixture.clock().instant().plusSeconds(120)));
        Activity done = crm().activities().plan(PlanActivity.task("T3", fixture.clock().instant().plusSeconds(180)));
        crm().activities().changeStatus(started.id(), ActivityStatus.IN_PROGRESS);
        crm().activities().changeStatus(done.id(), ActivityStatus.DONE);
        assertThat(open.status()).isEqualTo(ActivityStatus.OPEN);

        crm().interactions().log(LogInteraction.call(globex.id(), "Call 1"));
        crm().interactions().log(LogInteraction.call(globex.id(), "Call 2"));
        crm().interactions().log(LogInteraction.meeting(globex.id(), "Meeting"));
    }

    @Nested
    @DisplayName("the dashboard")
    class TheDashboard {

        @Test
        @DisplayName("counts companies, customers, leads, deals and tasks")
        void counts() {
            Dashboard dashboard = crm().reports().dashboard(Set.of(qualified.id()));

            assertThat(dashboard.counts()).isEqualTo(new DashboardCounts(2, 1, 1, 3, 1, 7, 4, 2, 1, 3, 2, 1));
        }

        @Test
        @DisplayName("adds up revenue per currency, to the cent, never across currencies")
        void revenue() {
            Dashboard dashboard = crm().reports().dashboard(Set.of());

            assertThat(dashboard.revenue()).containsExactly(
                    new CurrencyRevenue("EUR", new BigDecimal("1000.00"), new BigDecimal("3500.50"),
                            new BigDecimal("500.00"), new BigDecimal("1100.20")),
                    new CurrencyRevenue("USD", new BigDecimal("0.00"), new BigDecimal("50.10"), new BigDecimal("0.00"),
                            new BigDecimal("37.58")))
                    .usingRecursiveFieldByFieldElementComparator();
        }

        @Test
        @DisplayName("lists recent records and shows the trends")
        void recentAndTrends() {
            Dashboard dashboard = crm().reports().dashboard(Set.of());

            assertThat(dashboard.recentDeals()).hasSize(5).extracting(x -> x.terms().title())
                    .containsExactly("G", "F", "E", "D", "C");
            assertThat(dashboard.recentCompanies()).extracting(c -> c.profile().displayName()).containsExactly("Globex");
            assertThat(dashboard.recentCustomers()).extracting(c -> c.profile().displayName())
                    .containsExactly("Globex");
            assertThat(dashboard.nextTasks()).extracting(Activity::subject).containsExactly("T1", "T2");
            YearMonth march = YearMonth.from(monday);
            assertThat(dashboard.dealsByMonth()).usingRecursiveFieldByFieldElementComparator().containsExactly(
                    new DealMonth(march, null, 1, 0, 0, new BigDecimal("0")),
                    new DealMonth(march, "EUR", 4, 2, 0, new BigDecimal("1000.00")),
                    new DealMonth(march, "USD", 2, 0, 1, new BigDecimal("0.00")));
            assertThat(dashboard.openDealsByPipeline()).isEqualTo(Map.of(sales.id(), 4L));
            assertThat(dashboard.tasksByStatus()).isEqualTo(Map.of(ActivityStatus.OPEN, 1L,
                    ActivityStatus.IN_PROGRESS, 1L, ActivityStatus.DONE, 1L));
            assertThat(dashboard.leadsBySource()).singleElement().satisfies(s -> assertThat(s.leads()).isEqualTo(3));
        }

        @Test
        @DisplayName("win rate, average time in each stage, and attention levels")
        void rates() {
            assertThat(crm().reports().winRate(monday, monday.plusDays(3)).rate()).contains(new BigDecimal("0.6667"));
            assertThat(crm().reports().winRate(monday, monday).rate()).isEmpty();
            assertThat(crm().reports().timeInStages(sales.id())).singleElement().satisfies(s -> {
                assertThat(s.stage()).isEqualTo(stage(sales, "Lead").id());
                assertThat(s.stays()).isEqualTo(3);
                assertThat(s.average()).isEqualTo(Duration.ofDays(7).dividedBy(3));
            });
            assertThat(crm().reports().attention(lead.id()))
                    .isEqualTo(new DealAttention(DealAttention.Level.NEW, DealAttention.ProbabilityBand.LOW));
            assertThat(crm().reports().attention(won.id()).level()).isEqualTo(DealAttention.Level.WON);
            fixture.clock().advance(Duration.ofDays(5));
            assertThat(crm().reports().attention(lead.id()).level())
                    .isEqualTo(DealAttention.Level.OLDER_THAN_A_WEEK);
        }
    }

    @Nested
    @DisplayName("objectives")
    class Objectives {

        @Test
        @DisplayName("a user's progress comes from the stored deals and interactions")
        void user() {
            LocalDate first = monday.withDayOfMonth(1);
            LocalDate last = first.plusMonths(1).minusDays(1);
            Objective created = crm().objectives().define(DefineObjective.forUser(ALICE,
                    ObjectiveMetric.DEALS_CREATED, BigDecimal.TEN, first, last));
            Objective amount = crm().objectives().define(DefineObjective.forUser(ALICE,
                    ObjectiveMetric.AMOUNT_WON, new BigDecimal("2000"), first, last).amount("EUR"));
            Objective calls = crm().objectives().define(DefineObjective.forUser(ALICE,
                    ObjectiveMetric.CALLS_MADE, new BigDecimal("4"), first, last));

            assertThat(crm().objectives().progress(created.id())).extracting(PeriodProgress::actual,
                    PeriodProgress::percent).containsExactly(org.assertj.core.groups.Tuple.tuple(
                    new BigDecimal("7"), new BigDecimal("70.00")));
            assertThat(crm().objectives().progress(amount.id())).singleElement()
                    .satisfies(p -> assertThat(p.actual()).isEqualByComparingTo("1000.00"));
            assertThat(crm().objectives().progress(calls.id())).singleElement()
                    .satisfies(p -> assertThat(p.percent()).isEqualTo(new BigDecimal("50.00")));
        }

        @Test
        @DisplayName("a team's weekly objective has one period per started week, each with the full target")
        void teamWeekly() {
            Team team = crm().objectives().defineTeam("Benelux", Set.of(ALICE, BOB));
            Objective weekly = crm().objectives().define(DefineObjective.forTeam(team.id(), ObjectiveMetric.DEALS_WON,
                    new BigDecimal("4"), monday.minusDays(7), monday.plusDays(30)).every(Recurrence.WEEKLY));

            List<PeriodProgress> progress = crm().objectives().progress(weekly.id());

            assertThat(progress).extracting(PeriodProgress::from).containsExactly(monday.minusDays(7), monday);
            assertThat(progress).extracting(PeriodProgress::actual).containsExactly(BigDecimal.ZERO,
                    new BigDecimal("2"));
            assertThat(progress.get(1).percent()).isEqualTo(new BigDecimal("50.00"));
            assertThat(crm().objectives().teams()).extracting(Team::name).containsExactly("Benelux");
        }
    }
}
