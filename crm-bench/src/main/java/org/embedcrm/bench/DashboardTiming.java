package org.embedcrm.bench;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.AddStage;
import org.embedcrm.core.deal.CreatePipeline;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.report.Dashboard;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Times the dashboard on PostgreSQL over a million deals: creates a database of its own ({@value #DATABASE}),
 * migrates it, seeds one tenant's deals and stage history with {@code COPY} (see {@link DealSeeder}), checks that
 * {@code crm.reports().dashboard(...)} and hand-written SQL over plain JDBC ({@link HandDashboard}) give the same
 * deal figures, times both ({@value Timing#WARM_UPS} warm-ups, then {@value Timing#RUNS} timed runs each), does the
 * same for the average time in each stage, and drops the database again.
 *
 * <p>Run it with {@code mvn -q -pl crm-bench exec:java -Dexec.mainClass=org.embedcrm.bench.DashboardTiming}.
 * Arguments, all optional: the number of deals (1000000), the server's JDBC URL without a database
 * ({@value #DEFAULT_SERVER}) and the user ({@code postgres}, no password).
 */
public final class DashboardTiming {

    static final String DATABASE = "embedcrm_bench_dash";
    static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private static final String ROW = "%-44s %10s %10s%n";
    private static final String HAND_TIME_IN_STAGES = """
            select h.to_stage_id, count(*), sum(floor(extract(epoch from h.left_at - h.changed_at)))
            from (select c.pipeline_id, c.to_stage_id, c.changed_at,
                         lead(c.changed_at) over (partition by c.deal_id order by c.changed_at, c.id) as left_at
                  from embedcrm_deal_stage_changes c where c.tenant_id = ?) h
            where h.pipeline_id = ? and h.left_at is not null
            group by h.to_stage_id""";

    private DashboardTiming() {
    }

    /** @param args [count [serverUrl [user]]] */
    public static void main(String[] args) throws Exception {
        // Hibernate logs through JBoss Logging, which picks SLF4J by itself only when Logback is present.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String server = args.length > 1 ? args[1] : DEFAULT_SERVER;
        String user = args.length > 2 ? args[2] : "postgres";
        admin(server, user, "drop database if exists " + DATABASE);
        admin(server, user, "create database " + DATABASE);
        try {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(server + DATABASE);
            dataSource.setUser(user);
            run(dataSource, count, System.out);
        } finally {
            admin(server, user, "drop database if exists " + DATABASE + " with (force)");
        }
    }

    private static void run(PGSimpleDataSource dataSource, int count, PrintStream out) throws Exception {
        TenantId tenant = TenantId.of("bench-" + UUID.randomUUID());
        JpaCrmStore.migrate(dataSource);
        try (JpaCrmStore store = JpaCrmStore.builder(dataSource).migrate(false).build()) {
            Crm crm = Crm.builder().store(store).context(ExecutionContext.fixed(tenant, UserRef.of("bench")))
                    .clock(Clock.fixed(DealSeeder.NOW, ZoneOffset.UTC)).discoverPlugins(false).build();
            List<Pipeline> pipelines = List.of(pipeline(crm, "Sales"), pipeline(crm, "Renewals"));
            long start = System.nanoTime();
            long history = new DealSeeder(dataSource, tenant.value()).seed(count, pipelines);
            out.printf("Seeded %d deals and %d stage changes in %.1f s (COPY, then ANALYZE).%n%n", count, history,
                    (System.nanoTime() - start) / 1e9);

            LocalDate today = LocalDate.ofInstant(DealSeeder.NOW, ZoneOffset.UTC);
            Dashboard dashboard = crm.reports().dashboard(Set.of());
            HandDashboard.Figures hand = HandDashboard.compute(dataSource, tenant.value(), today);
            out.println(agree(dashboard, hand) ? "The dashboard and the hand-written SQL give the same deal figures."
                    : "MISMATCH between the dashboard and the hand-written SQL: " + dashboard + "\n" + hand);
            out.printf("%d deals: %d open, %d won, %d lost; %d months x currencies in the trend.%n%n",
                    dashboard.counts().deals(), dashboard.counts().openDeals(), dashboard.counts().wonDeals(),
                    dashboard.counts().lostDeals(), dashboard.dealsByMonth().size());

            out.printf(ROW, "figures", "median ms", "min ms");
            print(out, "dashboard: crm.reports().dashboard",
                    Timing.of(() -> crm.reports().dashboard(Set.of())));
            print(out, "dashboard: hand-written SQL over JDBC",
                    Timing.of(() -> HandDashboard.compute(dataSource, tenant.value(), today)));
            Pipeline sales = pipelines.get(0);
            print(out, "time in stages: crm.reports().timeInStages",
                    Timing.of(() -> crm.reports().timeInStages(sales.id())));
            print(out, "time in stages: hand-written SQL over JDBC",
                    Timing.of(() -> handTimeInStages(dataSource, tenant.value(), sales.id().value())));
        }
    }

    private static Pipeline pipeline(Crm crm, String name) {
        Pipeline pipeline = crm.pipelines().create(CreatePipeline.named(name));
        List<String> stages = List.of("Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost");
        for (int i = 0; i < stages.size(); i++) {
            AddStage stage = AddStage.to(pipeline.id(), stages.get(i));
            if (i == 0) {
                stage = stage.asDefault().withProbability(10);
            } else if (stages.get(i).equals("Won")) {
                stage = stage.asWon().withProbability(100);
            } else if (stages.get(i).equals("Lost")) {
                stage = stage.asLost().withProbability(0);
            }
            pipeline = crm.pipelines().addStage(stage);
        }
        return pipeline;
    }

    private static boolean agree(Dashboard dashboard, HandDashboard.Figures hand) {
        long deals = hand.totals().stream().mapToLong(HandDashboard.Totals::total).sum();
        long open = hand.totals().stream().mapToLong(HandDashboard.Totals::open).sum();
        long won = hand.totals().stream().mapToLong(HandDashboard.Totals::won).sum();
        long lost = hand.totals().stream().mapToLong(HandDashboard.Totals::lost).sum();
        boolean counts = dashboard.counts().deals() == deals && dashboard.counts().openDeals() == open
                && dashboard.counts().wonDeals() == won && dashboard.counts().lostDeals() == lost;
        boolean revenue = dashboard.revenue().stream().allMatch(r -> hand.totals().stream()
                .filter(t -> r.currency().equals(t.currency())).anyMatch(t -> t.wonAmount().equals(r.won())
                        && t.openAmount().equals(r.openPotential()) && t.weighted().equals(r.weightedPipeline())))
                && dashboard.revenue().size() == hand.totals().stream().filter(t -> t.currency() != null).count();
        boolean months = dashboard.dealsByMonth().size() == hand.months().size()
                && dashboard.dealsByMonth().stream().allMatch(m -> hand.months().stream().anyMatch(h ->
                h.month().equals(m.month()) && java.util.Objects.equals(h.currency(), m.currency())
                        && h.created() == m.created() && h.won() == m.won() && h.lost() == m.lost()
                        && h.wonAmount().compareTo(m.wonAmount().setScale(h.wonAmount().scale(),
                        RoundingMode.HALF_EVEN)) == 0));
        return counts && revenue && months;
    }

    private static long handTimeInStages(PGSimpleDataSource dataSource, String tenant, UUID pipeline)
            throws SQLException {
        long stays = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(HAND_TIME_IN_STAGES)) {
            statement.setString(1, tenant);
            statement.setObject(2, pipeline);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stays += rows.getLong(2);
                }
            }
        }
        return stays;
    }

    private static void admin(String server, String user, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void print(PrintStream out, String label, Timing timing) {
        out.printf(ROW, label, String.format("%.1f", timing.medianMs()), String.format("%.1f", timing.minMs()));
    }
}
