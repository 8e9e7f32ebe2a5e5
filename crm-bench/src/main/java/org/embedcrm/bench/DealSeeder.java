package org.embedcrm.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a tenant's deals and their stage history straight into EmbedCRM's tables with PostgreSQL's {@code COPY},
 * with every column as the JPA store writes it. The data is varied but reproducible (a fixed random seed): deals
 * created evenly over the 18 months before {@link #NOW}, in two pipelines (4 in 5 in the first); 55 % open, spread
 * over the open stages, 25 % won, 20 % lost, each closed 1 to 90 days after its creation; 85 % with a value (EUR
 * 7 in 10, USD 2, JPY 1), 60 % with a probability; half assigned to one of 20 users. Each deal's history starts in
 * the pipeline's first stage and passes through one intermediate stage before a later one: 1 to 3 rows a deal.
 */
final class DealSeeder {

    /** The clock of the timed dashboard: its trend covers January to June 2026. */
    static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
    private static final int CHUNK = 100_000;
    private static final String COPY_DEALS = """
            copy embedcrm_deals (id, tenant_id, version, title, value_amount, value_currency, probability, assignee,
                pipeline_id, stage_id, actual_close_date, created_at, created_by, updated_at) from stdin""";
    private static final String COPY_HISTORY = """
            copy embedcrm_deal_stage_changes (tenant_id, deal_id, pipeline_id, from_stage_id, to_stage_id, changed_at,
                changed_by) from stdin""";

    private final DataSource dataSource;
    private final String tenant;

    DealSeeder(DataSource dataSource, String tenant) {
        this.dataSource = dataSource;
        this.tenant = tenant;
    }

    /**
     * @param count     how many deals
     * @param pipelines the tenant's pipelines, each with open stages first, then its won and its lost stage
     * @return how many history rows were written
     */
    long seed(int count, List<Pipeline> pipelines) throws SQLException, java.io.IOException {
        Random random = new Random(42);
        long historyRows = 0;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long span = NOW.getEpochSecond() - FIRST.getEpochSecond();
            for (int from = 0; from < count; from += CHUNK) {
                StringBuilder deals = new StringBuilder();
                StringBuilder history = new StringBuilder();
                for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                    Pipeline pipeline = pipelines.get(random.nextInt(5) == 0 && pipelines.size() > 1 ? 1 : 0);
                    List<Stage> stages = pipeline.stages();
                    List<Stage> open = stages.stream().filter(s -> !s.won() && !s.lost()).toList();
                    int outcome = random.nextInt(100);
                    Stage stage = outcome < 55 ? open.get(random.nextInt(open.size()))
                            : stages.stream().filter(outcome < 80 ? Stage::won : Stage::lost).findFirst().orElseThrow();
                    // Microseconds, as the store keeps them.
                    Instant created = FIRST.plusSeconds((long) (random.nextDouble() * span))
                            .plusNanos(random.nextInt(1_000_000) * 1_000L);
                    Instant closed = null;
                    if (stage.won() || stage.lost()) {
                        closed = created.plusSeconds(86_400L + random.nextInt(89 * 86_400));
                        if (closed.isAfter(NOW)) {
                            closed = NOW;
                        }
                    }
                    UUID id = new UUID(0x0190_0000_0000_7000L | i, random.nextLong() & 0x3fff_ffff_ffff_ffffL
                            | 0x8000_0000_0000_0000L);
                    String creator = "user" + random.nextInt(20);
                    int kind = random.nextInt(20);
                    String currency = kind < 12 ? "EUR" : kind < 15 ? "USD" : kind < 17 ? "JPY" : null;
                    String amount = currency == null ? null : currency.equals("JPY")
                            ? String.valueOf(random.nextInt(10_000_000))
                            : random.nextInt(100_000) + "." + String.format("%02d", random.nextInt(100));
                    String probability = random.nextInt(10) < 6 ? String.valueOf(random.nextInt(101)) : null;
                    String assignee = random.nextBoolean() ? "user" + random.nextInt(20) : null;
                    row(deals, id, tenant, 0, "Deal " + i, amount, currency, probability, assignee, pipeline.id(),
                            stage.id(), closed == null ? null : LocalDate.ofInstant(closed, ZoneOffset.UTC), created,
                            creator, created);

                    Stage first = stages.get(0);
                    row(history, tenant, id, pipeline.id(), null, first.id(), created, creator);
                    historyRows++;
                    if (!stage.equals(first)) {
                        Instant end = closed != null ? closed : NOW;
                        Instant moved = created.plusSeconds(
                                (long) (random.nextDouble() * (end.getEpochSecond() - created.getEpochSecond()) / 2));
                        Stage middle = open.get(1 + random.nextInt(open.size() - 1));
                        row(history, tenant, id, pipeline.id(), first.id(), middle.id(), moved, creator);
                        historyRows++;
                        if (!stage.equals(middle)) {
                            row(history, tenant, id, pipeline.id(), middle.id(), stage.id(),
                                    closed != null ? closed : moved.plusSeconds(3_600L + random.nextInt(864_000)),
                                    creator);
                            historyRows++;
                        }
                    }
                }
                copy.copyIn(COPY_DEALS, new StringReader(deals.toString()));
                copy.copyIn(COPY_HISTORY, new StringReader(history.toString()));
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze embedcrm_deals, embedcrm_deal_stage_changes");
            }
        }
        return historyRows;
    }

    // COPY's text format: tab-separated, \N for null; none of the values holds a tab, a newline or a backslash.
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(values[i] == null ? "\\N" : values[i] instanceof Instant instant ? instant.toString()
                    : values[i].toString());
        }
        out.append('\n');
    }
}
