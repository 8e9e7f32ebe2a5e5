package org.embedcrm.testkit.inmemory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.activity.Interaction;
import org.embedcrm.core.activity.InteractionKind;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageChange;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.report.DealMonth;
import org.embedcrm.core.report.DealTotals;
import org.embedcrm.core.report.Reports;
import org.embedcrm.core.report.SourceCount;
import org.embedcrm.core.report.StageDwell;
import org.embedcrm.core.report.UserFigures;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;

/** The report queries computed naively over the in-memory tables: the reference the database queries must match. */
final class InMemoryReports implements Reports {

    private final InMemoryDeals deals;
    private final InMemoryPipelines pipelines;
    private final InMemoryLeads leads;
    private final InMemoryInteractions interactions;

    InMemoryReports(InMemoryDeals deals, InMemoryPipelines pipelines, InMemoryLeads leads,
                    InMemoryInteractions interactions) {
        this.deals = deals;
        this.pipelines = pipelines;
        this.leads = leads;
        this.interactions = interactions;
    }

    @Override
    public List<DealTotals> dealTotals(TenantId tenant) {
        Map<StageId, Stage> stages = stages(tenant);
        Map<String, List<Deal.Snapshot>> byCurrency = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        deals.rows(tenant).forEach(d -> byCurrency.computeIfAbsent(currency(d), c -> new ArrayList<>()).add(d));
        List<DealTotals> totals = new ArrayList<>();
        byCurrency.forEach((currency, rows) -> {
            List<Deal.Snapshot> open = rows.stream().filter(d -> isOpen(stages.get(d.stage()))).toList();
            List<Deal.Snapshot> won = rows.stream().filter(d -> stages.get(d.stage()).won()).toList();
            long lost = rows.stream().filter(d -> stages.get(d.stage()).lost()).count();
            BigDecimal weighted = open.stream().filter(d -> d.terms().probability() != null)
                    .map(d -> amount(d).multiply(BigDecimal.valueOf(d.terms().probability().percent()))
                            .divide(BigDecimal.valueOf(100)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.add(new DealTotals(currency, rows.size(), open.size(), won.size(), lost, sum(won), sum(open),
                    weighted));
        });
        return totals;
    }

    @Override
    public List<DealMonth> dealsByMonth(TenantId tenant, LocalDate from, LocalDate to, ZoneId zone) {
        Map<StageId, Stage> stages = stages(tenant);
        Map<List<Object>, long[]> counts = new HashMap<>();
        Map<List<Object>, BigDecimal> amounts = new HashMap<>();
        for (Deal.Snapshot d : deals.rows(tenant)) {
            LocalDate created = LocalDate.ofInstant(d.createdAt(), zone);
            if (!created.isBefore(from) && !created.isAfter(to)) {
                counts.computeIfAbsent(key(YearMonth.from(created), currency(d)), k -> new long[3])[0]++;
            }
            LocalDate closed = d.actualCloseDate();
            Stage stage = stages.get(d.stage());
            if (closed != null && !closed.isBefore(from) && !closed.isAfter(to) && (stage.won() || stage.lost())) {
                List<Object> key = key(YearMonth.from(closed), currency(d));
                counts.computeIfAbsent(key, k -> new long[3])[stage.won() ? 1 : 2]++;
                if (stage.won()) {
                    amounts.merge(key, amount(d), BigDecimal::add);
                }
            }
        }
        return counts.entrySet().stream().map(e -> new DealMonth((YearMonth) e.getKey().get(0),
                        (String) e.getKey().get(1), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        amounts.getOrDefault(e.getKey(), BigDecimal.ZERO)))
                .sorted(Comparator.comparing(DealMonth::month).thenComparing(DealMonth::currency,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public Map<PipelineId, Long> openDealsByPipeline(TenantId tenant) {
        Map<StageId, Stage> stages = stages(tenant);
        return deals.rows(tenant).stream().filter(d -> isOpen(stages.get(d.stage())))
                .collect(Collectors.groupingBy(Deal.Snapshot::pipeline, Collectors.counting()));
    }

    @Override
    public long[] wonAndLost(TenantId tenant, LocalDate from, LocalDate to) {
        Map<StageId, Stage> stages = stages(tenant);
        List<Stage> closed = deals.rows(tenant).stream().filter(d -> d.actualCloseDate() != null)
                .filter(d -> !d.actualCloseDate().isBefore(from) && !d.actualCloseDate().isAfter(to))
                .map(d -> stages.get(d.stage())).toList();
        return new long[] {closed.stream().filter(Stage::won).count(), closed.stream().filter(Stage::lost).count()};
    }

    @Override
    public List<StageDwell> timeInStages(TenantId tenant, PipelineId pipeline) {
        Map<StageId, long[]> stays = new HashMap<>();
        for (Deal.Snapshot d : deals.rows(tenant)) {
            List<StageChange> history = deals.stageHistory(tenant, d.id());
            for (int i = 0; i + 1 < history.size(); i++) {
                StageChange entered = history.get(i);
                if (entered.pipeline().equals(pipeline)) {
                    long seconds = Duration.between(entered.at(), history.get(i + 1).at()).toSeconds();
                    long[] s = stays.computeIfAbsent(entered.to(), k -> new long[2]);
                    s[0]++;
                    s[1] += seconds;
                }
            }
        }
        return stays.entrySet().stream()
                .map(e -> new StageDwell(e.getKey(), e.getValue()[0],
                        Duration.ofSeconds(Math.floorDiv(e.getValue()[1], e.getValue()[0]))))
                .sorted(Comparator.comparing(s -> s.stage().toString())).toList();
    }

    @Override
    public List<Deal> recentDeals(TenantId tenant, int limit) {
        return deals.rows(tenant).stream().sorted(Comparator.comparing(Deal.Snapshot::createdAt)
                        .thenComparing(d -> d.id().toString()).reversed())
                .limit(limit).map(Deal::restore).toList();
    }

    @Override
    public List<SourceCount> leadsBySource(TenantId tenant) {
        Map<LeadSourceId, Long> counts = new HashMap<>();
        leads.rows(tenant).forEach(l -> counts.merge(l.details().source(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new SourceCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(s -> s.source() == null ? "" : s.source().toString())).toList();
    }

    @Override
    public UserFigures userFigures(TenantId tenant, Set<UserRef> users, Instant from, Instant to, ZoneId zone) {
        Map<StageId, Stage> stages = stages(tenant);
        LocalDate firstDay = LocalDate.ofInstant(from, zone);
        LocalDate lastDayExclusive = LocalDate.ofInstant(to, zone);
        List<Deal.Snapshot> rows = deals.rows(tenant);
        long created = rows.stream().filter(d -> users.contains(d.createdBy()))
                .filter(d -> !d.createdAt().isBefore(from) && d.createdAt().isBefore(to)).count();
        List<Deal.Snapshot> won = rows.stream().filter(d -> stages.get(d.stage()).won())
                .filter(d -> users.contains(d.terms().assignee() != null ? d.terms().assignee() : d.createdBy()))
                .filter(d -> !d.actualCloseDate().isBefore(firstDay) && d.actualCloseDate().isBefore(lastDayExclusive))
                .toList();
        Map<String, BigDecimal> amountWon = won.stream().filter(d -> d.terms().value() != null)
                .collect(Collectors.toMap(this::currency, this::amount, BigDecimal::add));
        List<Interaction> logged = interactions.rows(tenant).stream().filter(i -> users.contains(i.author()))
                .filter(i -> !i.occurredAt().isBefore(from) && i.occurredAt().isBefore(to)).toList();
        return new UserFigures(created, won.size(), amountWon,
                logged.stream().filter(i -> i.kind() == InteractionKind.CALL).count(),
                logged.stream().filter(i -> i.kind() == InteractionKind.MEETING).count());
    }

    private Map<StageId, Stage> stages(TenantId tenant) {
        return pipelines.all(tenant).stream().flatMap(p -> p.stages().stream())
                .collect(Collectors.toMap(Stage::id, Function.identity()));
    }

    private static boolean isOpen(Stage stage) {
        return !stage.won() && !stage.lost();
    }

    private String currency(Deal.Snapshot d) {
        return d.terms().value() == null ? null : d.terms().value().currency().getCurrencyCode();
    }

    private BigDecimal amount(Deal.Snapshot d) {
        return d.terms().value() == null ? BigDecimal.ZERO : d.terms().value().amount();
    }

    private BigDecimal sum(List<Deal.Snapshot> rows) {
        return rows.stream().map(this::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Object> key(YearMonth month, String currency) {
        List<Object> key = new ArrayList<>();
        key.add(month);
        key.add(currency);
        return key;
    }
}
