package org.embedcrm.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import javax.sql.DataSource;

/**
 * The yardstick for the dashboard: the same figures written by hand for PostgreSQL and run over plain JDBC on one
 * connection, as an engineer who knows the schema would write them ({@code FILTER} clauses, {@code date_trunc} in
 * the zone, one statement per figure), without Hibernate and without the child rows of the listed contacts.
 */
final class HandDashboard {

    private static final String TOTALS = """
            select d.value_currency, count(*),
                   count(*) filter (where not s.won and not s.lost), count(*) filter (where s.won),
                   count(*) filter (where s.lost), sum(d.value_amount) filter (where s.won),
                   sum(d.value_amount) filter (where not s.won and not s.lost),
                   sum(d.value_amount * d.probability / 100) filter (where not s.won and not s.lost)
            from embedcrm_deals d join embedcrm_stages s on s.id = d.stage_id
            where d.tenant_id = ?
            group by d.value_currency""";
    private static final String MONTHS = """
            select month, currency, sum(created), sum(won), sum(lost), sum(won_amount) from (
                select date_trunc('month', d.created_at at time zone 'UTC') as month, d.value_currency as currency,
                       1 as created, 0 as won, 0 as lost, null::numeric as won_amount
                from embedcrm_deals d
                where d.tenant_id = ? and d.created_at >= ? and d.created_at < ?
                union all
                select date_trunc('month', d.actual_close_date::timestamp), d.value_currency, 0, s.won::int, s.lost::int,
                       case when s.won then d.value_amount end
                from embedcrm_deals d join embedcrm_stages s on s.id = d.stage_id
                where d.tenant_id = ? and d.actual_close_date between ? and ? and (s.won or s.lost)) x
            group by month, currency""";
    private static final String OPEN_BY_PIPELINE = """
            select d.pipeline_id, count(*) from embedcrm_deals d join embedcrm_stages s on s.id = d.stage_id
            where d.tenant_id = ? and not s.won and not s.lost group by d.pipeline_id""";
    private static final String RECENT_DEALS = """
            select * from embedcrm_deals where tenant_id = ? order by created_at desc, id desc limit 5""";
    private static final String LEADS_BY_SOURCE = """
            select source_id, count(*) from embedcrm_leads where tenant_id = ? group by source_id""";
    private static final String LEADS_BY_STATUS = """
            select status_id, count(*) from embedcrm_leads where tenant_id = ? group by status_id""";
    private static final String TASKS_BY_STATUS = """
            select status, count(*) from embedcrm_activities where tenant_id = ? and kind = 'TASK' group by status""";
    private static final String CONTACT_COUNTS = """
            select count(*) filter (where contact_type = 'COMPANY'),
                   count(*) filter (where contact_type = 'COMPANY' and archived_at is null),
                   count(*) filter (where role_customer and archived_at is null)
            from embedcrm_contacts where tenant_id = ?""";
    private static final String RECENT_COMPANIES = """
            select * from embedcrm_contacts where tenant_id = ? and contact_type = 'COMPANY' and archived_at is null
            order by created_at desc, id desc limit 5""";
    private static final String RECENT_CUSTOMERS = """
            select * from embedcrm_contacts where tenant_id = ? and role_customer and archived_at is null
            order by created_at desc, id desc limit 5""";
    private static final String NEXT_TASKS = """
            select * from embedcrm_activities where tenant_id = ? and kind = 'TASK' and status <> 'DONE'
            order by starts_at, id limit 5""";

    /** One currency's deal figures, rounded like the dashboard's. */
    record Totals(String currency, long total, long open, long won, long lost, BigDecimal wonAmount,
                  BigDecimal openAmount, BigDecimal weighted) {
    }

    /** A month's deal figures. */
    record Month(YearMonth month, String currency, long created, long won, long lost, BigDecimal wonAmount) {
    }

    /** What the comparison with the dashboard needs; the other figures are read and dropped. */
    record Figures(List<Totals> totals, List<Month> months) {
    }

    private HandDashboard() {
    }

    /**
     * @param today the dashboard's today (UTC): the trend covers its month and the five before
     * @return the deal figures
     */
    static Figures compute(DataSource dataSource, String tenant, LocalDate today) throws SQLException {
        LocalDate trendStart = YearMonth.from(today).minusMonths(5).atDay(1);
        try (Connection connection = dataSource.getConnection()) {
            List<Totals> totals = new ArrayList<>();
            try (ResultSet rows = query(connection, TOTALS, tenant)) {
                while (rows.next()) {
                    String currency = rows.getString(1);
                    totals.add(new Totals(currency, rows.getLong(2), rows.getLong(3), rows.getLong(4),
                            rows.getLong(5), round(rows.getBigDecimal(6), currency),
                            round(rows.getBigDecimal(7), currency), round(rows.getBigDecimal(8), currency)));
                }
            }
            List<Month> months = new ArrayList<>();
            try (ResultSet rows = query(connection, MONTHS, tenant, instant(trendStart),
                    instant(today.plusDays(1)), tenant, trendStart, today)) {
                while (rows.next()) {
                    String currency = rows.getString(2);
                    months.add(new Month(YearMonth.from(rows.getTimestamp(1).toLocalDateTime()), currency,
                            rows.getLong(3), rows.getLong(4), rows.getLong(5), round(rows.getBigDecimal(6), currency)));
                }
            }
            for (String sql : List.of(OPEN_BY_PIPELINE, RECENT_DEALS, LEADS_BY_SOURCE, LEADS_BY_STATUS,
                    TASKS_BY_STATUS, CONTACT_COUNTS, RECENT_COMPANIES, RECENT_CUSTOMERS, NEXT_TASKS)) {
                try (ResultSet rows = query(connection, sql, tenant)) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            return new Figures(totals, months);
        }
    }

    private static ResultSet query(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.closeOnCompletion();
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement.executeQuery();
    }

    private static Timestamp instant(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static BigDecimal round(BigDecimal amount, String currency) {
        int digits = currency == null ? 0 : Currency.getInstance(currency).getDefaultFractionDigits();
        return (amount == null ? BigDecimal.ZERO : amount).setScale(digits, RoundingMode.HALF_EVEN);
    }
}
