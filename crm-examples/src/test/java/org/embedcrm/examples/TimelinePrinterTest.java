package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.embedcrm.core.activity.RecordRef;
import org.embedcrm.core.activity.TimelineCursor;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelinePage;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.shared.UserRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the timeline printer")
class TimelinePrinterTest {

    private final RecordRef globex = RecordRef.of(new ContactId(UUID.randomUUID()));

    private TimelineItem item(TimelineKind kind, String at, String title, UserRef actor) {
        return new TimelineItem(UUID.randomUUID().toString(), kind, Instant.parse(at), globex, title, null, actor,
                Map.of());
    }

    @Test
    @DisplayName("prints one row per item in the page's order: when, the kind in words, the title and who did it")
    void rows() {
        TimelinePage page = new TimelinePage(List.of(
                item(TimelineKind.ACTIVITY, "2026-03-12T10:00:00Z", "Task: Follow up", UserRef.of("bob")),
                item(TimelineKind.HOST, "2026-03-11T08:00:00Z", "Invoice 2026-0042", null),
                item(TimelineKind.STATUS_CHANGE, "2026-03-10T09:00:00Z", "status: (none) → Active",
                        UserRef.of("alice"))), null);

        assertThat(TimelinePrinter.render("Globex", page, ZoneOffset.UTC).lines()).containsExactly(
                "Timeline of \"Globex\", newest first: 3 items",
                "+----------------------+---------------+-------------------------+-------+",
                "| When                 | Kind          | Title                   | By    |",
                "+----------------------+---------------+-------------------------+-------+",
                "| Thu 2026-03-12 10:00 | activity      | Task: Follow up         | bob   |",
                "| Wed 2026-03-11 08:00 | host          | Invoice 2026-0042       |       |",
                "| Tue 2026-03-10 09:00 | status change | status: (none) → Active | alice |",
                "+----------------------+---------------+-------------------------+-------+");
    }

    @Test
    @DisplayName("shows times in the zone given, and says when more items follow on the next page")
    void zoneAndMore() {
        TimelineItem call = item(TimelineKind.INTERACTION, "2026-03-10T09:00:00Z", "Call: Kick-off",
                UserRef.of("alice"));
        TimelinePage page = new TimelinePage(List.of(call), new TimelineCursor(call.at(), call.id()));

        assertThat(TimelinePrinter.render("Globex", page, ZoneId.of("Europe/Brussels")).lines())
                .startsWith("Timeline of \"Globex\", newest first: 1 item, more on the next page")
                .contains("| Tue 2026-03-10 10:00 | interaction | Call: Kick-off | alice |");
    }

    @Test
    @DisplayName("prints an empty timeline as its heading and the table's header")
    void empty() {
        assertThat(TimelinePrinter.render("Globex", new TimelinePage(List.of(), null), ZoneOffset.UTC).lines())
                .containsExactly(
                        "Timeline of \"Globex\", newest first: 0 items",
                        "+------+------+-------+----+",
                        "| When | Kind | Title | By |",
                        "+------+------+-------+----+");
    }
}
