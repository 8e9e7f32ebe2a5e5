package org.embedcrm.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.embedcrm.core.merge.DedupeDataSets;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.DuplicateReport;
import org.embedcrm.core.merge.FieldWeight;
import org.embedcrm.core.merge.LabelledDataSet;
import org.embedcrm.core.merge.MatchField;

/**
 * Measures duplicate detection on the real deduplication data sets of {@code shared/data} (see its README): for each,
 * the precision and recall of the pairs reported and of the pairs within the clusters reported, against the data
 * set's ground truth, the number of pairs scored, and the time of a search: the first run in this JVM (cold) and the
 * median of {@value Timing#RUNS} runs after {@value Timing#WARM_UPS} warm-ups.
 *
 * <p>Each data set gets the criteria a user would write for its fields, through the public criteria API only: the
 * weights below were chosen from what the fields hold (which are blank or garbled, which identify), never from the
 * truth column. Run it from the repository's root with
 * {@code mvn -q -pl crm-bench exec:java -Dexec.mainClass=org.embedcrm.bench.DuplicateDetectionBenchmark}; the data
 * directory is {@code ../shared/data} unless the system property {@code embedcrm.data-dir} says otherwise.
 */
public final class DuplicateDetectionBenchmark {

    private static final String ROW = "%-34s %7s %9s | %8s %6s %6s | %8s %6s %6s | %11s %7s %7s%n";

    private DuplicateDetectionBenchmark() {
    }

    /** @param args none */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        out.printf("Data directory: %s%n%n", DedupeDataSets.directory().toAbsolutePath().normalize());
        out.printf(ROW, "", "", "", "pairs", "", "", "clusters", "", "", "", "cold", "median");
        out.printf(ROW, "data set", "records", "true", "reported", "prec.", "recall", "pairs", "prec.", "recall",
                "comparisons", "s", "s");
        for (Case benchCase : cases()) {
            if (!DedupeDataSets.present(benchCase.file())) {
                out.println(benchCase.file() + ": absent, skipped");
                continue;
            }
            run(benchCase.read(), DuplicateFinder.of(benchCase.criteria()), out);
        }
    }

    private static void run(LabelledDataSet data, DuplicateFinder finder, PrintStream out) throws Exception {
        long start = System.nanoTime();
        DuplicateReport report = finder.find(data.records());
        double cold = (System.nanoTime() - start) / 1e9;
        Timing timing = Timing.of(() -> finder.find(data.records()));
        LabelledDataSet.Accuracy pairs = data.ofPairs(report.pairs());
        LabelledDataSet.Accuracy clusters = data.ofClusters(report.clusters());
        out.printf(ROW, data.name(), data.records().size(), data.truePairs(), pairs.reported(),
                ratio(pairs.precision()), ratio(pairs.recall()), clusters.reported(), ratio(clusters.precision()),
                ratio(clusters.recall()), report.comparisons(), seconds(cold), seconds(timing.medianMs() / 1000));
    }

    /** The data sets and the criteria each gets. */
    private static List<Case> cases() {
        return List.of(
                new Case(DedupeDataSets.SPLINK_20000, () -> DedupeDataSets.splink(DedupeDataSets.SPLINK_20000),
                        splinkCriteria()),
                new Case(DedupeDataSets.FEBRL_3, DedupeDataSets::febrl3, febrlCriteria()),
                new Case(DedupeDataSets.CHICAGO_CHILDCARE, DedupeDataSets::chicagoChildcare, childcareCriteria()));
    }

    /** People with names, date of birth, city and e-mail, where e-mail addresses are often garbled. */
    static DuplicateCriteria splinkCriteria() {
        return DuplicateCriteria.persons().withField(MatchField.DATE_OF_BIRTH, FieldWeight.of(5, -2))
                .withField(MatchField.EMAIL, FieldWeight.of(8, -3))
                .withField(MatchField.CITY, FieldWeight.of(1, -2.5));
    }

    /** People with names, address and date of birth, no e-mail nor phone. */
    static DuplicateCriteria febrlCriteria() {
        return DuplicateCriteria.persons().withDefaultRegion("AU");
    }

    /** Organisations with names that vary between source lists, an address, a zip, a phone and rare e-mails. */
    static DuplicateCriteria childcareCriteria() {
        return DuplicateCriteria.organisations().withDefaultRegion("US").withStrongKeys()
                .withField(MatchField.STREET, FieldWeight.of(6, -6));
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Reads a data set. */
    private interface Reader {
        LabelledDataSet read() throws IOException;
    }

    /**
     * @param file     the data set's file within the data directory
     * @param reader   reads it
     * @param criteria what a user would choose for its fields
     */
    private record Case(String file, Reader reader, DuplicateCriteria criteria) {

        LabelledDataSet read() throws IOException {
            return reader.read();
        }
    }
}
