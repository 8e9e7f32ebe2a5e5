package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the quickstart")
class QuickstartTest {

    @Test
    @DisplayName("runs on H2 through the JPA store and prints the pipeline, the week, the board and a history")
    void runsOnH2() {
        String printed = run("jdbc:h2:mem:quickstart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertThat(printed).containsSubsequence(
                "Pipeline \"Sales\" (default, active): 6 stages",
                "-> DealLost on 2026-03-05, reason \"Chose a competitor\", note \"Went with their incumbent supplier\"",
                "Board of pipeline \"Sales\": 7 deals in 6 stages",
                "| Lead ", "| Qualified ", "| Proposal ", "| Negotiation ", "| Won ", "| Lost ",
                "| 15,000.00 EUR ",
                "| 30,000.00 USD ",
                "Stage history of \"Globex support\"",
                "Negotiation -> Won",
                "closed on 2026-03-06");
    }

    @Test
    @DisplayName("prints the same output on every run, ids aside")
    void deterministic() {
        String first = run("jdbc:h2:mem:quickstart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        String second = run("jdbc:h2:mem:quickstart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertThat(withoutIds(second)).isEqualTo(withoutIds(first));
    }

    private static String run(String url) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Quickstart.run(url, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String withoutIds(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
    }
}
