package org.embedcrm.examples;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageChange;
import org.embedcrm.core.deal.StageId;

/** Prints a deal's stage history: when it entered which stage, from where, and who moved it. */
final class StageHistoryPrinter {

    /** How the quickstart writes instants: day of week, date and time. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private StageHistoryPrinter() {
    }

    /**
     * @param deal     the deal; never null
     * @param pipeline the pipeline its stages belong to, for their names; never null
     * @param history  its stage history, oldest first; never null
     * @param zone     the zone to show times in; never null
     * @return a heading and one line per change, lines ending in {@code \n}
     */
    static String render(Deal deal, Pipeline pipeline, List<StageChange> history, ZoneId zone) {
        StringBuilder out = new StringBuilder()
                .append("Stage history of \"").append(deal.terms().title()).append("\" (deal ").append(deal.id())
                .append("):\n");
        for (StageChange change : history) {
            String what = change.from() == null ? "opened in " + name(pipeline, change.to())
                    : name(pipeline, change.from()) + " -> " + name(pipeline, change.to());
            out.append(String.format("  %s  %-26s by %s\n", WHEN.format(change.at().atZone(zone)), what,
                    change.by().value()));
        }
        deal.actualCloseDate().ifPresent(date -> out.append("  closed on ").append(date).append('\n'));
        return out.toString();
    }

    private static String name(Pipeline pipeline, StageId id) {
        return pipeline.stage(id).map(Stage::name).orElse(id.toString());
    }
}
