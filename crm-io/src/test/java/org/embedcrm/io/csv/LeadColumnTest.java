package org.embedcrm.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the columns of lead files")
class LeadColumnTest {

    @Test
    @DisplayName("headers match regardless of case, spaces, hyphens and underscores, and through their aliases")
    void headerMatching() {
        assertThat(LeadColumn.forHeader("Contact Name")).contains(LeadColumn.CONTACT_NAME);
        assertThat(LeadColumn.forHeader(" CONTACT_NAME ")).contains(LeadColumn.CONTACT_NAME);
        assertThat(LeadColumn.forHeader("E-Mail")).contains(LeadColumn.EMAIL);
        assertThat(LeadColumn.forHeader("Lead Source")).contains(LeadColumn.SOURCE);
        assertThat(LeadColumn.forHeader("first_name")).isEmpty();
        assertThat(LeadColumn.forHeader(null)).isEmpty();
    }

    @Test
    @DisplayName("every column and alias is documented in docs/import-and-export.md, and the template names them all")
    void documented() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "import-and-export.md"));
        String leads = page.substring(page.indexOf("## Importing leads"), page.indexOf("## Exporting contacts"));
        for (LeadColumn column : LeadColumn.values()) {
            assertThat(leads).as(column.name()).contains("`" + column.header() + "`");
            column.aliases().forEach(alias -> assertThat(leads).as(column + " alias").contains("`" + alias + "`"));
        }
        assertThat(leads).contains(String.join(",", RecordKind.LEAD.headers()));
        assertThat(RecordKind.LEAD.columns()).isEmpty();
    }
}
