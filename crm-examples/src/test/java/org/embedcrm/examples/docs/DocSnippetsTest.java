package org.embedcrm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the pages and their tests in step: every Java snippet of a page must appear, line for line, in the tests
 * that run it. Indentation and runs of spaces are ignored; blank lines too.
 */
@DisplayName("the documentation's Java snippets")
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final Path TESTS = Path.of("src/test/java/org/embedcrm/examples/docs");

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("README.md", List.of("ReadmeSnippetTest")),
                Arguments.of("docs/getting-started.md", List.of("GettingStartedSnippetTest")),
                Arguments.of("docs/pipelines-and-deals.md", List.of("PipelinesAndDealsSnippetTest")),
                Arguments.of("docs/contacts.md", List.of("ContactsSnippetTest")),
                Arguments.of("docs/leads.md", List.of("LeadsSnippetTest", "InboxNotifier")),
                Arguments.of("docs/activities-and-timeline.md", List.of("ActivitiesSnippetTest", "InvoiceTimeline")),
                Arguments.of("docs/import-and-export.md", List.of("ImportAndExportSnippetTest")),
                Arguments.of("docs/preferences.md", List.of("PreferencesSnippetTest")),
                Arguments.of("docs/persistence.md", List.of("PersistenceSnippetTest", "HostTransactions")),
                Arguments.of("docs/errors.md", List.of("ErrorsSnippetTest")),
                Arguments.of("docs/duplicates-and-merge.md", List.of("DuplicatesAndMergeSnippetTest", "InvoiceMerge")),
                Arguments.of("docs/scores-and-reports.md", List.of("ScoresAndReportsSnippetTest", "ErpFigures")),
                Arguments.of("docs/plugins.md", List.of("PluginsSnippetTest", "ChatNotifierFactory", "HostPlugin")),
                Arguments.of("docs/mailchimp.md", List.of("MailchimpSnippetTest")),
                Arguments.of("docs/peppol.md", List.of("PeppolSnippetTest")),
                Arguments.of("docs/testing.md", List.of("TestingSnippetTest", "TestingContractSnippetTest")));
    }

    @ParameterizedTest(name = "{0} appear verbatim in {1}")
    @MethodSource("pages")
    @DisplayName("appear verbatim in the tests that run them")
    void snippetsAreTested(String page, List<String> testClasses) throws IOException {
        List<List<String>> snippets = javaSnippets(Files.readAllLines(ROOT.resolve(page)));
        List<List<String>> sources = new ArrayList<>();
        for (String testClass : testClasses) {
            sources.add(normalized(Files.readAllLines(TESTS.resolve(testClass + ".java"))));
        }

        assertThat(snippets).as("Java snippets of " + page).isNotEmpty();
        for (List<String> snippet : snippets) {
            assertThat(sources).as("a test of " + page + " holding the snippet%n%s", String.join("\n", snippet))
                    .anyMatch(source -> Collections.indexOfSubList(source, snippet) >= 0);
        }
    }

    private static List<List<String>> javaSnippets(List<String> page) {
        List<List<String>> snippets = new ArrayList<>();
        List<String> current = null;
        for (String line : page) {
            if (current == null && line.strip().equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.strip().equals("```")) {
                snippets.add(normalized(current));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return snippets;
    }

    private static List<String> normalized(List<String> lines) {
        return lines.stream().map(line -> line.strip().replaceAll("\\s+", " ")).filter(line -> !line.isEmpty())
                .toList();
    }
}
