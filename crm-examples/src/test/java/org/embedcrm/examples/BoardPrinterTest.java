package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.embedcrm.core.deal.Board;
import org.embedcrm.core.deal.BoardColumn;
import org.embedcrm.core.deal.DealCard;
import org.embedcrm.core.deal.DealId;
import org.embedcrm.core.deal.PipelineId;
import org.embedcrm.core.deal.Stage;
import org.embedcrm.core.deal.StageId;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the board printer")
class BoardPrinterTest {

    private final Stage lead = stage("Lead");
    private final Stage proposal = stage("Proposal");
    private final Stage won = new Stage(new StageId(UUID.randomUUID()), "Won", null, false, true, false, null);

    @Test
    @DisplayName("heads each stage's column with its name, deal count and one total per currency")
    void headsColumns() {
        Board board = new Board(new PipelineId(UUID.randomUUID()), "Sales", List.of(
                new BoardColumn(lead, 1, List.of(eur("9800")), List.of(card(lead, "Initech migration", eur("9800")))),
                new BoardColumn(proposal, 2, List.of(eur("15000"), Money.of("30000", "USD")),
                        List.of(card(proposal, "Umbrella US launch", Money.of("30000", "USD")),
                                card(proposal, "Stark pilot", eur("15000")))),
                new BoardColumn(won, 0, List.of(), List.of())));

        List<String> lines = lines(new BoardPrinter().render(board));

        assertThat(lines.get(0)).isEqualTo("Board of pipeline \"Sales\": 3 deals in 3 stages");
        assertThat(cells(lines.get(2))).containsExactly("Lead", "Proposal", "Won");
        assertThat(cells(lines.get(3))).containsExactly("1 deal", "2 deals", "0 deals");
        assertThat(cells(lines.get(4))).containsExactly("9,800.00 EUR", "15,000.00 EUR", "");
        assertThat(cells(lines.get(5))).containsExactly("", "30,000.00 USD", "");
    }

    @Test
    @DisplayName("lists the cards beneath their column, oldest first, with value, assignee and due date")
    void listsCards() {
        DealCard unvalued = new DealCard(new DealId(UUID.randomUUID()), lead.id(), "Wayne renewal", null, null, null,
                null, null, 1);
        Board board = new Board(new PipelineId(UUID.randomUUID()), "Sales", List.of(
                new BoardColumn(lead, 2, List.of(eur("9800")),
                        List.of(card(lead, "Initech migration", eur("9800")), unvalued))));

        String table = new BoardPrinter().render(board);

        assertThat(table).containsSubsequence("Initech migration", "9,800.00 EUR", "carol", "due 2026-05-15",
                "Wayne renewal", "no value", "unassigned", "no close date");
    }

    @Test
    @DisplayName("says how many deals a column holds beyond the cards shown, and that a column's deals have no value")
    void countsHiddenCards() {
        DealCard shown = new DealCard(new DealId(UUID.randomUUID()), lead.id(), "Shown", null, null, null, null, null, 1);
        Board board = new Board(new PipelineId(UUID.randomUUID()), "Sales",
                List.of(new BoardColumn(lead, 5, List.of(), List.of(shown))));

        List<String> lines = lines(new BoardPrinter().render(board));

        assertThat(cells(lines.get(4))).containsExactly("no value");
        assertThat(lines).anySatisfy(line -> assertThat(cells(line)).containsExactly("+ 4 more"));
    }

    @Test
    @DisplayName("draws every row of the table to the same width and cuts texts wider than a column")
    void fixedWidth() {
        Board board = new Board(new PipelineId(UUID.randomUUID()), "Sales", List.of(
                new BoardColumn(lead, 1, List.of(eur("1")), List.of(card(lead, "A title far too long for a column",
                        eur("1")))),
                new BoardColumn(proposal, 0, List.of(), List.of())));

        List<String> table = lines(new BoardPrinter(12).render(board)).subList(1, 10);

        assertThat(table).extracting(String::length).containsOnly(table.get(0).length());
        assertThat(table).anySatisfy(line -> assertThat(line).startsWith("| A title f... |"));
        assertThat(table.get(0)).isEqualTo("+--------------+----------+");
    }

    @Test
    @DisplayName("prints a pipeline without stages as its heading alone, and refuses columns too narrow to read")
    void edges() {
        Board empty = new Board(new PipelineId(UUID.randomUUID()), "Empty", List.of());

        assertThat(new BoardPrinter().render(empty)).isEqualTo("Board of pipeline \"Empty\": 0 deals in 0 stages\n");
        assertThatIllegalArgumentException().isThrownBy(() -> new BoardPrinter(3));
    }

    private static Stage stage(String name) {
        return new Stage(new StageId(UUID.randomUUID()), name, null, false, false, false, null);
    }

    private static DealCard card(Stage stage, String title, Money value) {
        return new DealCard(new DealId(UUID.randomUUID()), stage.id(), title, value, UserRef.of("carol"), null, null,
                LocalDate.parse("2026-05-15"), 1);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
