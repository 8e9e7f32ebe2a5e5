package org.embedcrm.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.fixture.PipelineBuilder.aPipeline;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.MoveDeal;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.report.CurrencyRevenue;
import org.embedcrm.core.report.Dashboard;
import org.embedcrm.core.shared.Money;
import org.embedcrm.testkit.CrmFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A property every store must keep: over any random set of deals, the dashboard's deal counts and revenue equal a
 * naive recomputation from the deals themselves, to the cent.
 */
public abstract class DashboardPropertyContract extends StoreContract {

    private static final List<String> CURRENCIES = Arrays.asList("EUR", "USD", "JPY", null);

    /** @return how many random deal sets to try; stores on a server may ask for fewer */
    protected int examples() {
        return 25;
    }

    @Test
    @DisplayName("the dashboard's deal figures equal a naive recomputation over any random deals")
    void dashboardEqualsNaiveRecomputation() {
        qt().withExamples(examples()).forAll(lists().of(integers().allPositive()).ofSizeBetween(0, 25))
                .checkAssert(seeds -> {
                    CrmFixture fresh = CrmFixture.on(store());
                    Crm crm = fresh.crm();
                    Pipeline sales = aPipeline().createIn(crm);
                    List<Deal> deals = new ArrayList<>();
                    for (int seed : seeds) {
                        deals.add(randomDeal(crm, sales, new Random(seed)));
                    }
                    List<Deal> stored = deals.stream().map(d -> crm.deals().get(d.id())).toList();
                    Dashboard dashboard = crm.reports().dashboard(Set.of());

                    assertThat(dashboard.counts().deals()).isEqualTo(stored.size());
                    assertThat(dashboard.counts().wonDeals()).isEqualTo(count(stored, sales, true, false));
                    assertThat(dashboard.counts().lostDeals()).isEqualTo(count(stored, sales, false, true));
                    assertThat(dashboard.revenue()).usingRecursiveFieldByFieldElementComparator()
                            .containsExactlyElementsOf(naiveRevenue(stored, sales));
                });
    }

    private static Deal randomDeal(Crm crm, Pipeline sales, Random random) {
        String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        OpenDeal command = OpenDeal.in(sales.id(), "Deal " + random.nextInt(1000));
        if (currency != null) {
            int cents = currency.equals("JPY") ? 0 : 2;
            command = command.worth(Money.of(BigDecimal.valueOf(random.nextInt(10_000_000), cents).toPlainString(),
                    currency));
        }
        if (random.nextBoolean()) {
            command = new OpenDeal(command.title(), null, command.value(), null, random.nextInt(101),
                    command.pipeline(), null, null, null, null);
        }
        Deal deal = crm.deals().open(command);
        Stage target = sales.stages().get(random.nextInt(sales.stages().size()));
        return target.id().equals(deal.stage()) ? deal : crm.deals().move(MoveDeal.to(deal.id(), target.id()));
    }

    private static long count(List<Deal> deals, Pipeline sales, boolean won, boolean lost) {
        return deals.stream().map(d -> stage(sales, d)).filter(s -> s.won() == won && s.lost() == lost).count();
    }

    private static List<CurrencyRevenue> naiveRevenue(List<Deal> deals, Pipeline sales) {
        Map<String, List<Deal>> byCurrency = new TreeMap<>();
        deals.stream().filter(d -> d.terms().value() != null).forEach(d -> byCurrency
                .computeIfAbsent(d.terms().value().currency().getCurrencyCode(), c -> new ArrayList<>()).add(d));
        List<CurrencyRevenue> revenue = new ArrayList<>();
        byCurrency.forEach((currency, rows) -> {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            BigDecimal won = BigDecimal.ZERO;
            BigDecimal open = BigDecimal.ZERO;
            BigDecimal weighted = BigDecimal.ZERO;
            long wonCount = 0;
            for (Deal d : rows) {
                Stage s = stage(sales, d);
                BigDecimal amount = d.terms().value().amount();
                if (s.won()) {
                    won = won.add(amount);
                    wonCount++;
                } else if (!s.lost()) {
                    open = open.add(amount);
                    if (d.terms().probability() != null) {
                        weighted = weighted.add(amount.multiply(BigDecimal.valueOf(d.terms().probability().percent()))
                                .divide(BigDecimal.valueOf(100)));
                    }
                }
            }
            BigDecimal average = wonCount == 0 ? BigDecimal.ZERO
                    : won.divide(BigDecimal.valueOf(wonCount), 10, RoundingMode.HALF_EVEN);
            revenue.add(new CurrencyRevenue(currency, won.setScale(digits, RoundingMode.HALF_EVEN),
                    open.setScale(digits, RoundingMode.HALF_EVEN), average.setScale(digits, RoundingMode.HALF_EVEN),
                    weighted.setScale(digits, RoundingMode.HALF_EVEN)));
        });
        return revenue;
    }

    private static Stage stage(Pipeline sales, Deal deal) {
        return sales.stages().stream().filter(s -> s.id().equals(deal.stage())).findFirst().orElseThrow();
    }
}
