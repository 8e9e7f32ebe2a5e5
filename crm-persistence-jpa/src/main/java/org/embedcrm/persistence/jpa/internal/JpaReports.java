package org.embedcrm.persistence.jpa.internal;

import static org.embedcrm.persistence.jpa.internal.ReportQueries.DEALS_BY_MONTH;
import static org.embedcrm.persistence.jpa.internal.ReportQueries.DEAL_TOTALS;
import static org.embedcrm.persistence.jpa.internal.ReportQueries.LEADS_BY_SOURCE;
import static org.embedcrm.persistence.jpa.internal.ReportQueries.MARIADB_SECONDS;
import static org.embedcrm.persistence.jpa.internal.ReportQueries.OPEN_BY_PIPELINE;
import static org.embedcrm.persistence.jpa.internal.ReportQueries.SECONDS;
import static org.embedcrm.persistence.jpa.internal.ReportQueries.TIME_IN_STAGES;
import static org.embedcrm.persistence.jpa.internal.ReportQueries.USER_DEALS;
import static org.embedcrm.persistence.jpa.internal.ReportQueries.USER_INTERACTIONS;
import static org.embedcrm.persistence.jpa.internal.ReportQueries.WON_AND_LOST;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import java.util.UUID;
import java.util.function.Supplier;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.report.DealMonth;
import org.embedcrm.core.report.DealTotals;
import org.embedcrm.core.report.Reports;
import org.embedcrm.core.report.SourceCount;
import org.embedcrm.core.report.StageDwell;
import org.embedcrm.core.report.UserFigures;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.query.NativeQuery;

/**
 * The dashboard's and the objectives' figures, each from one aggregate statement (two for a user's figures): sums
 * and counts are computed by the database, never by loading rows. Amounts come back unrounded; the core rounds
 * them. A deal is won or lost when its stage is; a deal's month of creation is told in the report's time zone by
 * comparing {@code created_at} with the instants the months start at, so no database needs time zone tables.
 */
public final class JpaReports extends JpaPort implements Reports {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param entityManagers yields the entity manager bound to the current transaction; never null
     * @param transactions   the transactions each call joins (or opens when none is active); never null
     */
    public JpaReports(Supplier<EntityManager> entityManagers, Transactions transactions) {
        super(entityManagers, transactions);
    }

    @Override
    public List<DealTotals> dealTotals(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery(DEAL_TOTALS, Object[].class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream()
                .map(row -> new DealTotals((String) row[0], count(row[1]), count(row[2]), count(row[3]),
                        count(row[4]), amount(row[5]), amount(row[6]), amount(row[7]).divide(HUNDRED)))
                .sorted(Comparator.comparing(DealTotals::currency, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
    }

    @Override
    public List<DealMonth> dealsByMonth(TenantId tenant, LocalDate from, LocalDate to, ZoneId zone) {
        if (to.isBefore(from)) {
            return List.of();
        }
        // Month k starts at bounds[k] (the first at the range's first day); the range ends at the day after `to`.
        List<YearMonth> months = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
            starts.add((months.size() == 1 ? from : month.atDay(1)).atStartOfDay(zone).toInstant());
        }
        StringBuilder bucket = new StringBuilder();
        if (months.size() == 1) {
            bucket.append(key(months.get(0)));
        } else {
            bucket.append("case");
            for (int i = 1; i < months.size(); i++) {
                bucket.append(" when d.created_at < :start").append(i).append(" then ").append(key(months.get(i - 1)));
            }
            bucket.append(" else ").append(key(months.get(months.size() - 1))).append(" end");
        }
        return inTransaction(() -> {
            Query query = entityManager().createNativeQuery(DEALS_BY_MONTH.formatted(bucket))
                    .setParameter("tenant", tenant.value())
                    .setParameter("createdFrom", starts.get(0))
                    .setParameter("createdTo", to.plusDays(1).atStartOfDay(zone).toInstant())
                    .setParameter("closedFrom", from)
                    .setParameter("closedTo", to);
            for (int i = 1; i < months.size(); i++) {
                query.setParameter("start" + i, starts.get(i));
            }
            List<DealMonth> result = new ArrayList<>();
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                int key = ((Number) columns[0]).intValue();
                result.add(new DealMonth(YearMonth.of(key / 12, key % 12 + 1), currency(columns[1]),
                        count(columns[2]), count(columns[3]), count(columns[4]), amount(columns[5])));
            }
            result.sort(Comparator.comparing(DealMonth::month).thenComparing(DealMonth::currency,
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            return result;
        });
    }

    @Override
    public Map<PipelineId, Long> openDealsByPipeline(TenantId tenant) {
        return inTransaction(() -> {
            Map<PipelineId, Long> counts = new HashMap<>();
            entityManager().createQuery(OPEN_BY_PIPELINE, Object[].class)
                    .setParameter("tenant", tenant.value())
                    .getResultList()
                    .forEach(row -> counts.put(new PipelineId((UUID) row[0]), count(row[1])));
            return counts;
        });
    }

    @Override
    public long[] wonAndLost(TenantId tenant, LocalDate from, LocalDate to) {
        return inTransaction(() -> {
            Object[] row = entityManager().createQuery(WON_AND_LOST, Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getSingleResult();
            return new long[] {count(row[0]), count(row[1])};
        });
    }

    @Override
    public List<StageDwell> timeInStages(TenantId tenant, PipelineId pipeline) {
        return inTransaction(() -> {
            String seconds = dialect() instanceof MariaDBDialect ? MARIADB_SECONDS : SECONDS;
            List<StageDwell> dwells = new ArrayList<>();
            // Typed scalars, so each driver's form of a UUID (an object, bytes or text) is read the same way.
            List<Object[]> rows = entityManager().createNativeQuery(TIME_IN_STAGES.formatted(seconds))
                    .unwrap(NativeQuery.class)
                    .addScalar("stage_id", UUID.class)
                    .addScalar("stays", Long.class)
                    .addScalar("seconds", Long.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("pipeline", pipeline.value())
                    .getResultList();
            for (Object[] row : rows) {
                long stays = count(row[1]);
                dwells.add(new StageDwell(new StageId((UUID) row[0]), stays,
                        Duration.ofSeconds(Math.floorDiv(count(row[2]), stays))));
            }
            dwells.sort(Comparator.comparing(d -> d.stage().toString()));
            return dwells;
        });
    }

    @Override
    public List<Deal> recentDeals(TenantId tenant, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return inTransaction(() -> entityManager().createQuery("""
                        select d from EmbedCrmDeal d where d.tenantId = :tenant
                        order by d.createdAt desc, d.id desc""", DealEntity.class)
                .setParameter("tenant", tenant.value())
                .setMaxResults(limit)
                .getResultList().stream().map(DealEntity::toDeal).toList());
    }

    @Override
    public List<SourceCount> leadsBySource(TenantId tenant) {
        return inTransaction(() -> entityManager().createQuery(LEADS_BY_SOURCE, Object[].class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream()
                .map(row -> new SourceCount(row[0] == null ? null : new LeadSourceId((UUID) row[0]), count(row[1])))
                .sorted(Comparator.comparing(s -> s.source() == null ? "" : s.source().toString()))
                .toList());
    }

    @Override
    public UserFigures userFigures(TenantId tenant, Set<UserRef> users, Instant from, Instant to, ZoneId zone) {
        List<String> keys = users.stream().map(UserRef::value).toList();
        if (keys.isEmpty()) {
            return new UserFigures(0, 0, Map.of(), 0, 0);
        }
        return inTransaction(() -> {
            long created = 0;
            long won = 0;
            Map<String, BigDecimal> amountWon = new HashMap<>();
            for (Object[] row : entityManager().createQuery(USER_DEALS, Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("users", keys)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setParameter("firstDay", LocalDate.ofInstant(from, zone))
                    .setParameter("lastDayExclusive", LocalDate.ofInstant(to, zone))
                    .getResultList()) {
                created += count(row[1]);
                long wonHere = count(row[2]);
                won += wonHere;
                if (row[0] != null && wonHere > 0) {
                    amountWon.put(currency(row[0]), amount(row[3]));
                }
            }
            Map<String, Long> logged = new HashMap<>();
            entityManager().createQuery(USER_INTERACTIONS, Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("users", keys)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList().forEach(row -> logged.put((String) row[0], count(row[1])));
            return new UserFigures(created, won, amountWon, logged.getOrDefault("CALL", 0L),
                    logged.getOrDefault("MEETING", 0L));
        });
    }

    private org.hibernate.dialect.Dialect dialect() {
        return entityManager().unwrap(SharedSessionContractImplementor.class).getJdbcServices().getDialect();
    }

    private static int key(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal amount(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static String currency(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
