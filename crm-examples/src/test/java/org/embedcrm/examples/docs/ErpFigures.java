package org.embedcrm.examples.docs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import javax.sql.DataSource;
import org.embedcrm.spi.scoring.PaymentHistory;
import org.embedcrm.spi.scoring.PaymentHistorySource;
import org.embedcrm.spi.scoring.SupportTicketSource;

/** The health score's sources of {@code docs/scores-and-reports.md}: the host ERP's invoices and helpdesk tickets. */
public final class ErpFigures implements PaymentHistorySource, SupportTicketSource {

    private static final String PAYMENTS = "select count(case when paid_on <= due_on then 1 end),"
            + " count(case when paid_on > due_on or paid_on is null and due_on < current_date then 1 end)"
            + " from invoice where tenant = ? and customer_id = ?";
    private static final String OPEN_TICKETS = "select count(*) from ticket"
            + " where tenant = ? and customer_id = ? and closed_at is null";

    private final DataSource erp;

    public ErpFigures(DataSource erp) {
        this.erp = erp;
    }

    @Override
    public Optional<PaymentHistory> paymentHistory(String tenant, UUID customer) {
        long[] counts = counts(PAYMENTS, tenant, customer);
        return counts[0] + counts[1] == 0 ? Optional.empty() // no invoice due yet: the factor stays neutral
                : Optional.of(new PaymentHistory((int) counts[0], (int) counts[1]));
    }

    @Override
    public OptionalInt openTickets(String tenant, UUID customer) {
        return OptionalInt.of((int) counts(OPEN_TICKETS, tenant, customer)[0]);
    }

    private long[] counts(String sql, String tenant, UUID customer) {
        try (Connection connection = erp.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, tenant);
            query.setObject(2, customer);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long[] counts = new long[row.getMetaData().getColumnCount()];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = row.getLong(i + 1);
                }
                return counts;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ERP's figures of " + customer, e);
        }
    }
}
