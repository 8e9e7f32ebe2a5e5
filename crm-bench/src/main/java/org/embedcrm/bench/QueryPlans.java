package org.embedcrm.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What PostgreSQL's plan for a statement scans: each index it uses and each table it reads in full. */
final class QueryPlans {

    private static final Pattern SCAN = Pattern.compile(
            "(?:Bitmap Index|Index Only|Index|Seq) Scan(?: Backward)? (?:using|on) \\w+");

    private QueryPlans() {
    }

    /**
     * Runs {@code EXPLAIN} on the statement with its parameters bound, as a custom plan for those values.
     *
     * @return the plan's scans in plan order, each once, such as {@code Index Scan using ix_embedcrm_contacts_name}
     */
    static Set<String> scans(Connection connection, Sql sql) throws SQLException {
        Set<String> scans = new LinkedHashSet<>();
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql.text())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                explain.setObject(i + 1, sql.parameters().get(i));
            }
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    Matcher scan = SCAN.matcher(plan.getString(1));
                    if (scan.find()) {
                        scans.add(scan.group());
                    }
                }
            }
        }
        return scans;
    }
}
