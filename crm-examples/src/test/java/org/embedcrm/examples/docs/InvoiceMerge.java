package org.embedcrm.examples.docs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.embedcrm.spi.merge.MergeParticipant;
import org.embedcrm.spi.party.LinkedRecords;

/** The merge participant of {@code docs/duplicates-and-merge.md}: the host ERP's invoices follow a merged customer. */
public final class InvoiceMerge implements MergeParticipant {

    private final DataSource erp;

    public InvoiceMerge(DataSource erp) {
        this.erp = erp;
    }

    @Override
    public List<LinkedRecords> preview(String tenant, UUID source, UUID target) {
        try (Connection connection = erp.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from invoice where tenant = ? and customer_id = ?")) {
            count.setString(1, tenant);
            count.setObject(2, source);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                long invoices = row.getLong(1);
                return invoices == 0 ? List.of() : List.of(new LinkedRecords("invoice", invoices));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the invoices of " + source, e);
        }
    }

    @Override
    public void merge(String tenant, UUID source, UUID target) {
        try (Connection connection = erp.getConnection();
             PreparedStatement move = connection.prepareStatement(
                     "update invoice set customer_id = ? where tenant = ? and customer_id = ?")) {
            move.setObject(1, target);
            move.setString(2, tenant);
            move.setObject(3, source);
            move.executeUpdate(); // one set-based update, however many invoices
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the invoices of " + source, e); // aborts the whole merge
        }
    }
}
