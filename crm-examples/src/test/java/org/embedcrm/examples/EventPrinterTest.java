package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.deal.DealCreated;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.DealLost;
import org.embedcrm.core.deal.DealStageChanged;
import org.embedcrm.core.deal.DealWon;
import org.embedcrm.core.deal.LostReason;
import org.embedcrm.core.deal.LostReasonId;
import org.embedcrm.core.deal.Pipeline;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the event printer")
class EventPrinterTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final UserRef ALICE = UserRef.of("alice");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final EventPrinter printer = new EventPrinter(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private final Stage lead = new Stage(new StageId(UUID.randomUUID()), "Lead", null, true, false, false, null);
    private final Stage lost = new Stage(new StageId(UUID.randomUUID()), "Lost", null, false, false, true, null);
    private final PipelineId sales = new PipelineId(UUID.randomUUID());
    private final DealId deal = new DealId(UUID.randomUUID());

    @Test
    @DisplayName("names the stages and lost reasons it was told about")
    void namesWhatItKnows() {
        LostReason price = new LostReason(new LostReasonId(UUID.randomUUID()), ACME, 1, "Price too high", true, false);
        printer.remember(Pipeline.restore(new Pipeline.Snapshot(sales, ACME, 1, "Sales", null, true, true, 0,
                List.of(lead, lost))));
        printer.remember(price);

        assertThat(printer.describe(new DealCreated(ACME, NOW, ALICE, deal, sales, lead.id())))
                .isEqualTo("DealCreated in Lead");
        assertThat(printer.describe(new DealStageChanged(ACME, NOW, ALICE, deal, sales, lead.id(), lost.id())))
                .isEqualTo("DealStageChanged Lead -> Lost");
        assertThat(printer.describe(new DealLost(ACME, NOW, ALICE, deal, price.id(), "Budget cut",
                LocalDate.parse("2026-03-02"))))
                .isEqualTo("DealLost on 2026-03-02, reason \"Price too high\", note \"Budget cut\"");
        assertThat(printer.describe(new DealWon(ACME, NOW, ALICE, deal, Money.of("12500", "EUR"),
                LocalDate.parse("2026-03-06"))))
                .isEqualTo("DealWon worth 12,500.00 EUR, closed 2026-03-06");
    }

    @Test
    @DisplayName("falls back to the id of a stage it does not know, and prints one indented line per event")
    void printsUnknownIds() {
        printer.on(new DealCreated(ACME, NOW, ALICE, deal, sales, lead.id()));

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("      -> DealCreated in " + lead.id()
                + System.lineSeparator());
    }
}
