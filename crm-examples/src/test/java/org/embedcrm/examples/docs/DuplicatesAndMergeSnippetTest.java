package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.embedcrm.core.merge.DuplicateCandidates;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.DuplicatePair;
import org.embedcrm.core.merge.DuplicateReport;
import org.embedcrm.core.merge.FieldWeight;
import org.embedcrm.core.merge.MatchField;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.merge.MatchRecordId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/duplicates-and-merge.md}. */
@DisplayName("docs/duplicates-and-merge.md")
class DuplicatesAndMergeSnippetTest {

    @Test
    @DisplayName("a search reports pairs and clusters, each pair explained, and one record is checked on its own")
    void searchAndCheckOne() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DuplicateFinder finder = DuplicateFinder.of(DuplicateCriteria.persons().withDefaultRegion("BE"));
            List<MatchRecord> records = List.of(
                    MatchRecord.person(MatchRecordId.of("c-1"), "Anna", "Peeters")
                            .withEmails("anna.peeters@acme.be").withPhones("0470 12 34 56"),
                    MatchRecord.person(MatchRecordId.of("c-2"), "Peeters", "Anna")
                            .withEmails("Anna.Peeters+news@ACME.be"),
                    MatchRecord.person(MatchRecordId.of("c-3"), "Jan", "Janssens").withPhones("+32 470 99 88 77"));

            DuplicateReport report = finder.find(records);
            for (DuplicatePair pair : report.pairs()) {
                System.out.println(pair.first() + " ~ " + pair.second() + ": " + pair.evidence().explain());
            }

            assertThat(report.clusters()).singleElement().satisfies(cluster -> assertThat(cluster.members())
                    .containsExactly(MatchRecordId.of("c-1"), MatchRecordId.of("c-2")));

            DuplicateCandidates known = DuplicateCandidates.inMemory(records, finder);
            MatchRecord typed = MatchRecord.person(MatchRecordId.of("new"), "Ana", "Peters")
                    .withPhones("0470/12.34.56");
            List<DuplicatePair> likely = finder.duplicatesOf(typed, known);

            assertThat(likely).singleElement().satisfies(pair -> {
                assertThat(pair.second()).isEqualTo(MatchRecordId.of("c-1"));
                assertThat(pair.evidence().strongKeys()).containsExactly(MatchField.PHONE);
            });
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("c-1 ~ c-2: duplicate: score 15.0 >= 6.0; "
                + "strong key EMAIL; first and last names swapped; FIRST_NAME 1.00 (+3.5), LAST_NAME 1.00 (+3.5), "
                + "EMAIL 1.00 (+8.0)" + System.lineSeparator());
    }

    @Test
    @DisplayName("criteria change one thing at a time")
    void criteria() {
        DuplicateCriteria sites = DuplicateCriteria.organisations()
                .withDefaultRegion("US")
                .withStrongKeys()
                .withField(MatchField.STREET, FieldWeight.of(6, -6))
                .withThreshold(7);

        assertThat(sites.strongKeys()).isEmpty();
        assertThat(sites.weights().get(MatchField.STREET)).isEqualTo(FieldWeight.of(6, -6));
    }
}
