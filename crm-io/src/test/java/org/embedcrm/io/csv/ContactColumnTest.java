package org.embedcrm.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the columns of contact files")
class ContactColumnTest {

    @Test
    @DisplayName("are found by their header or an alias, regardless of case, spaces, hyphens and underscores")
    void headerMatching() {
        assertThat(ContactColumn.forHeader("First Name")).contains(ContactColumn.FIRST_NAME);
        assertThat(ContactColumn.forHeader(" FIRST_NAME ")).contains(ContactColumn.FIRST_NAME);
        assertThat(ContactColumn.forHeader("E-Mail")).contains(ContactColumn.EMAILS);
        assertThat(ContactColumn.forHeader("email")).contains(ContactColumn.EMAILS);
        assertThat(ContactColumn.forHeader("Zip Code")).contains(ContactColumn.BILLING_POSTAL_CODE);
        assertThat(ContactColumn.forHeader("shoe size")).isEmpty();
        assertThat(ContactColumn.forHeader(null)).isEmpty();
    }

    @Test
    @DisplayName("are each documented with every alias on the import and export page")
    void documented() throws IOException {
        String page = Files.readString(Path.of("../docs/import-and-export.md"));

        for (ContactColumn column : ContactColumn.values()) {
            assertThat(page).as(column.name()).contains("`" + column.header() + "`");
            column.aliases().forEach(alias -> assertThat(page).as(column + " alias").contains("`" + alias + "`"));
        }
    }

    @Test
    @DisplayName("of a person file leave out the type, of a company file also the names, of both the read-only ones")
    void perKind() {
        assertThat(RecordKind.PERSON.columns()).doesNotContain(ContactColumn.TYPE, ContactColumn.CREATED_AT)
                .contains(ContactColumn.FIRST_NAME, ContactColumn.ID);
        assertThat(RecordKind.COMPANY.columns()).doesNotContain(ContactColumn.FIRST_NAME, ContactColumn.LAST_NAME);
        assertThat(RecordKind.CONTACT.columns()).containsAll(Arrays.stream(ContactColumn.values())
                .filter(ContactColumn::isImported).toList());
    }
}
