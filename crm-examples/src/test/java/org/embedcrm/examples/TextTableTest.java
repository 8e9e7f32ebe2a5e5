package org.embedcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a text table")
class TextTableTest {

    @Test
    @DisplayName("makes each column as wide as its widest cell and frames header and rows with rules")
    void widths() {
        String table = new TextTable(List.of("Name", "Stars")).row(List.of("Acme Industries", "***"))
                .row(Arrays.asList("Globex", null)).render();

        assertThat(table.lines()).containsExactly(
                "+-----------------+-------+",
                "| Name            | Stars |",
                "+-----------------+-------+",
                "| Acme Industries | ***   |",
                "| Globex          |       |",
                "+-----------------+-------+");
    }

    @Test
    @DisplayName("shows a table without rows as its header, and refuses rows of another width")
    void edges() {
        TextTable table = new TextTable(List.of("Name"));

        assertThat(table.render().lines()).containsExactly("+------+", "| Name |", "+------+");
        assertThatIllegalArgumentException().isThrownBy(() -> table.row(List.of("a", "b")));
        assertThatIllegalArgumentException().isThrownBy(() -> new TextTable(List.of()));
    }
}
