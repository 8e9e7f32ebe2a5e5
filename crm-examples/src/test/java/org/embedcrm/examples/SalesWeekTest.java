package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.embedcrm.core.Crm;
import org.embedcrm.core.deal.Board;
import org.embedcrm.core.deal.BoardColumn;
import org.embedcrm.core.deal.DealCreated;
import org.embedcrm.core.deal.DealLost;
import org.embedcrm.core.deal.DealWon;
import org.embedcrm.core.deal.StageChange;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.RecordingEventListener;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the quickstart's sales week")
class SalesWeekTest {

    private final DemoClock clock = DemoClock.startingAt(Instant.parse("2026-03-02T08:45:00Z"));
    private final RecordingEventListener recorded = new RecordingEventListener();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private Crm crm;
    private SalesWeek.Outcome week;

    @BeforeEach
    void play() {
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        EventPrinter events = new EventPrinter(out);
        crm = Crm.builder().store(new InMemoryCrmStore())
                .context(ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice")))
                .clock(clock).listener(events).listener(recorded).build();
        week = new SalesWeek(crm, clock, events, out).play();
    }

    @Test
    @DisplayName("ends with a deal in every stage and totals per currency on the board")
    void board() {
        Board board = crm.deals().board(week.pipeline().id());

        assertThat(board.columns()).extracting(c -> c.stage().name())
                .containsExactly("Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost");
        assertThat(board.columns()).extracting(BoardColumn::dealCount).containsExactly(1L, 1L, 2L, 1L, 1L, 1L);
        assertThat(board.columns().get(2).totals())
                .containsExactly(Money.of("15000", "EUR"), Money.of("30000", "USD"));
    }

    @Test
    @DisplayName("wins one deal on Friday and loses one on Thursday with a reason and a note")
    void outcomes() {
        assertThat(week.won()).isIn(week.pipeline().stages().get(4)).isClosedOn(LocalDate.parse("2026-03-06"));
        assertThat(week.lost()).isIn(week.pipeline().stages().get(5)).isClosedOn(LocalDate.parse("2026-03-05"));
        assertThat(week.lost().lostNote()).contains("Went with their incumbent supplier");
        assertThat(recorded.eventsOf(DealCreated.class)).hasSize(7);
        assertThat(recorded.eventsOf(DealWon.class)).singleElement().extracting(DealWon::deal)
                .isEqualTo(week.won().id());
        assertThat(recorded.eventsOf(DealLost.class)).singleElement().extracting(DealLost::deal)
                .isEqualTo(week.lost().id());
    }

    @Test
    @DisplayName("walks the won deal through every active stage, one day at a time")
    void history() {
        assertThat(crm.deals().stageHistory(week.won().id())).extracting(StageChange::to)
                .containsExactlyElementsOf(week.pipeline().stages().subList(0, 5).stream().map(s -> s.id()).toList());
    }

    @Test
    @DisplayName("prints each step, the events it raised, and the refusal of a stale move")
    void narration() {
        String text = printed.toString(StandardCharsets.UTF_8);

        assertThat(text).containsSubsequence("Pipeline \"Sales\" (default, active): 6 stages",
                "Mon 2026-03-02 09:00  open \"Acme ERP rollout\" in Lead, 48,000.00 EUR, for alice, due 2026-04-30",
                "-> DealCreated in Lead",
                "refused: stale-version",
                "Fri 2026-03-06 09:15  move \"Globex support\" to Won",
                "-> DealStageChanged Negotiation -> Won",
                "-> DealWon worth 12,500.00 EUR, closed 2026-03-06");
    }
}
