package org.embedcrm.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.report.CurrencyRevenue;
import org.embedcrm.core.report.Dashboard;
import org.embedcrm.core.report.DashboardCounts;
import org.embedcrm.core.report.DashboardService;
import org.embedcrm.core.report.DealMonth;
import org.embedcrm.core.scoring.FactorScore;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.shared.Money;

/**
 * The quickstart's figures at the end of the second week: the dashboard (counts, revenue per currency, the deals of
 * each month) and a customer's health score with its breakdown, its ERP figures coming from an {@link ErpLedger}
 * registered as the health score's sources. Each step is printed before it runs; the {@link EventPrinter} prints the
 * customer's move into a health band after the commit.
 */
final class ReportDesk {

    /** The lead statuses the quickstart counts as qualified on the dashboard: the host decides which. */
    static final Set<String> QUALIFIED = Set.of("Qualified", "Converted");

    private final Crm crm;
    private final DemoClock clock;
    private final PrintStream out;
    private final ErpLedger erp;
    private final Contact customer;

    /**
     * @param crm      the CRM to read, with the ledger's plugins registered; never null
     * @param clock    the clock the CRM reads; never null
     * @param out      where the figures are printed; never null
     * @param erp      the host's finance, contracts and helpdesk; never null
     * @param customer the customer whose health is printed; never null
     */
    ReportDesk(Crm crm, DemoClock clock, PrintStream out, ErpLedger erp, Contact customer) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.out = Objects.requireNonNull(out, "out");
        this.erp = Objects.requireNonNull(erp, "erp");
        this.customer = Objects.requireNonNull(customer, "customer");
    }

    /**
     * @param at when the figures are read; not before the clock's time; never null
     * @return the customer's health score, after the dashboard and the score were printed
     */
    HealthScore play(Instant at) {
        if (at.isBefore(clock.instant())) {
            throw new IllegalStateException("the story runs forward: " + at + " is before " + clock.instant());
        }
        clock.advance(Duration.between(clock.instant(), at));
        Set<LeadStatus> qualified = crm.leadSettings().statuses().stream()
                .filter(status -> QUALIFIED.contains(status.name())).collect(Collectors.toSet());
        Dashboard dashboard = crm.reports().dashboard(qualified.stream().map(LeadStatus::id)
                .collect(Collectors.toSet()));
        out.println("The dashboard on " + when(at) + " (crm.reports(), computed from the stored records):");
        out.print(counts(dashboard.counts()));
        out.println("Revenue per currency, never added across currencies:");
        TextTable revenue = new TextTable(List.of("Currency", "Won", "Average won", "Open", "Weighted open"));
        for (CurrencyRevenue r : dashboard.revenue()) {
            revenue.row(List.of(r.currency(), money(r.won(), r.currency()), money(r.averageWon(), r.currency()),
                    money(r.openPotential(), r.currency()), money(r.weightedPipeline(), r.currency())));
        }
        out.print(revenue.render());
        out.println("Deals by month, the last " + DashboardService.TREND_MONTHS
                + " months:");
        TextTable months = new TextTable(List.of("Month", "Currency", "Created", "Won", "Lost", "Won amount"));
        for (DealMonth m : dashboard.dealsByMonth()) {
            months.row(List.of(m.month().toString(), m.currency() == null ? "no value" : m.currency(),
                    Long.toString(m.created()), Long.toString(m.won()), Long.toString(m.lost()),
                    m.currency() == null ? "-" : money(m.wonAmount(), m.currency())));
        }
        out.print(months.render());
        out.println();

        String name = customer.profile().displayName();
        erp.record(customer.id().value(), 4, 1, new BigDecimal("12500.00"), 1);
        out.println(when(at) + "  refresh the health score of \"" + name + "\" (the ERP reports 4 invoices paid on"
                + " time, 1 late, a 12,500.00 EUR contract, 1 open ticket)");
        HealthScore score = crm.health().refresh(customer.id());
        out.println("Health of \"" + name + "\": " + score.score() + ", " + lower(score.band().name()));
        TextTable breakdown = new TextTable(List.of("Factor", "Weight", "Score", "From"));
        for (FactorScore factor : score.factors()) {
            breakdown.row(List.of(lower(factor.factor().name()), factor.factor().weight() + " %",
                    factor.score() + (factor.neutral() ? " (neutral)" : ""), factor.detail()));
        }
        out.print(breakdown.render());
        return score;
    }

    private static String counts(DashboardCounts c) {
        return "  companies: " + c.companies() + " (" + c.activeCompanies() + " active), customers: " + c.customers()
                + "\n  deals: " + c.deals() + " (" + c.openDeals() + " open, " + c.wonDeals() + " won, " + c.lostDeals()
                + " lost)\n  leads: " + c.leads() + " (" + c.qualifiedLeads() + " qualified or converted)\n  tasks: "
                + c.tasks() + " (" + c.pendingTasks() + " pending, " + c.doneTasks() + " done)\n";
    }

    private static String money(BigDecimal amount, String currency) {
        return MoneyFormat.format(Money.of(amount.toPlainString(), currency));
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String when(Instant instant) {
        return StageHistoryPrinter.WHEN.format(instant.atZone(clock.getZone()));
    }
}
