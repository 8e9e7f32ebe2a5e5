package org.embedcrm.examples.docs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.embedcrm.spi.timeline.HostTimelineEntry;
import org.embedcrm.spi.timeline.HostTimelineRequest;
import org.embedcrm.spi.timeline.TimelineContributor;

/** The timeline contributor of {@code docs/activities-and-timeline.md}: the host ERP's invoices of a contact. */
public final class InvoiceTimeline implements TimelineContributor {

    private static final String SQL = "select number, customer_id, issued_at, total, currency from invoice"
            + " where tenant = ? and customer_id = any(?) and issued_at >= ? and issued_at < ?"
            + " order by issued_at desc, number desc fetch first ? rows only";

    private final DataSource erp;

    public InvoiceTimeline(DataSource erp) {
        this.erp = erp;
    }

    @Override
    public List<HostTimelineEntry> entries(HostTimelineRequest request) {
        if (!request.subjectKind().equals("contact")) {
            return List.of(); // invoices belong to customers, not to leads or deals
        }
        try (Connection connection = erp.getConnection();
             PreparedStatement query = connection.prepareStatement(SQL)) {
            query.setString(1, request.tenant());
            query.setArray(2, connection.createArrayOf("UUID", request.subjectIds().toArray()));
            query.setObject(3, request.from().atOffset(ZoneOffset.UTC));
            query.setObject(4, request.to().atOffset(ZoneOffset.UTC));
            query.setInt(5, request.limit());
            List<HostTimelineEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String number = rows.getString("number");
                    String total = rows.getBigDecimal("total").toPlainString() + " " + rows.getString("currency");
                    entries.add(new HostTimelineEntry("invoice-" + number, rows.getObject("customer_id", UUID.class),
                            "invoice", rows.getObject("issued_at", OffsetDateTime.class).toInstant(),
                            "Invoice " + number + ", " + total, null,
                            Map.of("number", number, "total", total, "link", "/invoices/" + number)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the invoices of " + request.subjectIds(), e);
        }
    }
}
