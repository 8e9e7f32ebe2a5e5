package org.embedcrm.examples;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.embedcrm.core.activity.TimelineItem;
import org.embedcrm.core.activity.TimelineKind;
import org.embedcrm.core.activity.TimelinePage;
import org.embedcrm.core.shared.UserRef;

/** Prints one page of a timeline as a table, newest first: when, what kind of item, its title and who did it. */
final class TimelinePrinter {

    private TimelinePrinter() {
    }

    /**
     * @param subject the name of the contact, lead or deal whose timeline it is; never null
     * @param page    the page, newest first; never null
     * @param zone    the zone to show times in; never null
     * @return a heading and the table, lines ending in {@code \n}
     */
    static String render(String subject, TimelinePage page, ZoneId zone) {
        TextTable table = new TextTable(List.of("When", "Kind", "Title", "By"));
        for (TimelineItem item : page.items()) {
            table.row(List.of(StageHistoryPrinter.WHEN.format(item.at().atZone(zone)), kind(item.kind()),
                    item.title(), item.by().map(UserRef::value).orElse("")));
        }
        int count = page.items().size();
        return "Timeline of \"" + subject + "\", newest first: " + count + (count == 1 ? " item" : " items")
                + (page.nextPage().isPresent() ? ", more on the next page" : "") + "\n" + table.render();
    }

    /**
     * @param kind a kind of timeline item; never null
     * @return its name in lower case, words apart: {@code stage change}
     */
    static String kind(TimelineKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
