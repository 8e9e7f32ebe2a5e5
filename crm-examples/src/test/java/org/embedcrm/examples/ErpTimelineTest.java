package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.embedcrm.spi.timeline.HostTimelineEntry;
import org.embedcrm.spi.timeline.HostTimelineRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the quickstart's ERP timeline contributor")
class ErpTimelineTest {

    private final UUID globex = UUID.randomUUID();
    private final UUID initech = UUID.randomUUID();
    private final ErpTimeline erp = new ErpTimeline("acme");

    private HostTimelineEntry invoice(String number, UUID contact, String at) {
        return new HostTimelineEntry(number, contact, "invoice", Instant.parse(at), "Invoice " + number, null,
                Map.of());
    }

    private HostTimelineRequest request(String tenant, String from, String to, int limit) {
        return new HostTimelineRequest(tenant, "contact", Set.of(globex), Instant.parse(from), Instant.parse(to),
                limit);
    }

    @Test
    @DisplayName("answers the subjects' documents in the window, start included and end left out, newest first")
    void window() {
        erp.add(invoice("1", globex, "2026-03-01T10:00:00Z"));
        erp.add(invoice("2", globex, "2026-03-02T10:00:00Z"));
        erp.add(invoice("3", globex, "2026-03-03T10:00:00Z"));
        erp.add(invoice("4", globex, "2026-03-04T10:00:00Z"));
        erp.add(invoice("5", initech, "2026-03-03T10:00:00Z"));

        assertThat(erp.entries(request("acme", "2026-03-02T10:00:00Z", "2026-03-04T10:00:00Z", 10)))
                .extracting(HostTimelineEntry::id).containsExactly("3", "2");
    }

    @Test
    @DisplayName("answers at most the limit asked for, the newest ones, and nothing for another tenant")
    void limitAndTenant() {
        erp.add(invoice("1", globex, "2026-03-01T10:00:00Z"));
        erp.add(invoice("2", globex, "2026-03-02T10:00:00Z"));
        erp.add(invoice("3", globex, "2026-03-03T10:00:00Z"));

        assertThat(erp.entries(request("acme", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", 2)))
                .extracting(HostTimelineEntry::id).containsExactly("3", "2");
        assertThat(erp.entries(request("globex", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", 2))).isEmpty();
    }
}
