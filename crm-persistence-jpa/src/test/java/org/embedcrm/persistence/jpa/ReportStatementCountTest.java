package org.embedcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.ContactFixtures.aCompany;
import static org.embedcrm.testkit.fixture.DealBuilder.aDeal;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.embedcrm.testkit.fixture.PipelineBuilder.stage;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.PlanActivity;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.report.Dashboard;
import org.embedcrm.core.scoring.FactorScore;
import org.embedcrm.core.scoring.HealthBand;
import org.embedcrm.core.scoring.HealthFactor;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the SQL statements the dashboard and the health scores cost on H2")
class ReportStatementCountTest {

    private static final StatementCounter statements = new StatementCounter();

    @RegisterExtension
    static final StorePerClass store = StorePerClass.on(Databases::h2)
            .with("hibernate.session_factory.statement_inspector", statements);

    @Test
    @DisplayName("the dashboard costs the same 32 selects with 10 deals as with 1,000: the deal figures are 5 aggregate"
            + " queries (totals, newest deals, months, open per pipeline, leads per source); the rest are the lead and"
            + " task counts, the next tasks, and the contact counts and lists, each a page with its child rows")
    void dashboard() {
        List<String> withTen = dashboardOver(10);
        List<String> withThousand = dashboardOver(1_000);

        System.out.println("dashboard: " + withTen.size() + " statements (10 deals), " + withThousand.size()
                + " statements (1,000 deals) " + withTen);
        assertThat(withTen).hasSize(32).containsOnly("select");
        assertThat(withThousand).isEqualTo(withTen);
    }

    @Test
    @DisplayName("saving a page of health scores costs a select and a batched insert, and once stored a select and a"
            + " batched update: the same statements for 10 customers as for 100")
    void healthScores() {
        TenantId small = new TenantId("health-" + UUID.randomUUID());
        TenantId large = new TenantId("health-" + UUID.randomUUID());

        List<String> tenNew = save(scores(small, 10, 80));
        List<String> hundredNew = save(scores(large, 100, 80));
        List<String> hundredAgain = save(scores(large, 100, 20));

        System.out.println("health scores: " + tenNew.size() + " statements (10 new), " + hundredNew.size()
                + " (100 new), " + hundredAgain.size() + " (100 stored) " + hundredAgain);
        assertThat(tenNew).containsExactly("select", "insert");
        assertThat(hundredNew).isEqualTo(tenNew);
        assertThat(hundredAgain).containsExactly("select", "update");
        assertThat(store.get().healthScores().find(large, customer(large, 99))).hasValueSatisfying(score ->
                assertThat(score.band()).isEqualTo(HealthBand.AT_RISK));
    }

    private static List<String> dashboardOver(int deals) {
        CrmFixture fixture = CrmFixture.on(store.get());
        Crm crm = fixture.crm();
        Pipeline sales = aPipeline().createIn(crm);
        for (int i = 0; i < deals; i++) {
            Deal deal = aDeal().in(sales).titled("Deal " + i).worth(i + ".50", i % 2 == 0 ? "EUR" : "USD")
                    .withProbability(i % 100).openIn(crm);
            if (i % 3 == 1) {
                crm.deals().move(MoveDeal.to(deal.id(), stage(sales, i % 2 == 0 ? "Won" : "Lost").id()));
            }
        }
        // The same few other records in both tenants, so only the number of deals differs.
        IntStream.range(0, 6).forEach(i -> crm.contacts().create(aCompany().role(ContactRole.CUSTOMER).build()));
        crm.leads().create(LeadInput.titled("Fleet renewal"));
        crm.activities().plan(PlanActivity.task("Call back", fixture.clock().instant().plusSeconds(60)));

        statements.reset();
        Dashboard dashboard = crm.reports().dashboard(Set.of());
        List<String> kinds = statements.kinds();

        assertThat(dashboard.counts().deals()).isEqualTo(deals);
        assertThat(dashboard.recentDeals()).hasSize(5);
        return kinds;
    }

    private static List<HealthScore> scores(TenantId tenant, int customers, int score) {
        HealthBand band = HealthBand.of(score);
        List<FactorScore> factors = List.of(new FactorScore(HealthFactor.RECENCY, score, false, "recent"),
                new FactorScore(HealthFactor.PAYMENT_HISTORY, 50, true, "no payment history"),
                new FactorScore(HealthFactor.CONTRACT_VALUE, 50, true, "no contract value"),
                new FactorScore(HealthFactor.SUPPORT_TICKETS, 50, true, "no support ticket source"));
        return IntStream.range(0, customers).mapToObj(i -> new HealthScore(tenant, customer(tenant, i), score, band,
                Instant.parse("2026-03-02T08:00:00Z"), factors)).toList();
    }

    // The same customer ids on every call for a tenant, so a second save finds the rows of the first.
    private static ContactId customer(TenantId tenant, int index) {
        return new ContactId(UUID.nameUUIDFromBytes((tenant.value() + "/" + index).getBytes()));
    }

    private static List<String> save(List<HealthScore> scores) {
        statements.reset();
        store.get().transactions().inTransaction(() -> {
            store.get().healthScores().saveAll(scores);
            return null;
        });
        return statements.kinds();
    }
}
