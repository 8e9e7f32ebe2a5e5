package org.embedcrm.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.embedcrm.core.merge.DedupeDataSets;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicateFinder;
import org.embedcrm.core.merge.DuplicateReport;
import org.embedcrm.core.merge.LabelledDataSet;

/**
 * Measures duplicate detection on the real deduplication data sets of {@code shared/data} (see its README): for each,
 * the precision and recall of the pairs reported and of the pairs within the clusters reported, against the data
 * set's ground truth, the number of pairs scored, and the time of a search: the first run in this JVM (cold) and the
 * median of {@value Timing#RUNS} runs after {@value Timing#WARM_UPS} warm-ups.
 *
 * <p>Each data set is searched twice: with the criteria fitted to its fields through the public criteria API (see
 * {@link DedupeDataSets}), which are timed, and with the untouched defaults for its kind of records. Run it from the
 * repository's root, after {@code mvn -q install -DskipTests}, with
 * {@code mvn -q -pl crm-bench exec:java -Dexec.mainClass=org.embedcrm.bench.DuplicateDetectionBenchmark}; the data
 * directory is {@code ../shared/data} unless the system property {@code embedcrm.data-dir} says otherwise.
 */
public final class DuplicateDetectionBenchmark {

    private static final String ROW = "%-22s %-8s %7s %6s | %8s %6s %6s | %8s %6s %6s | %11s %6s %6s%n";

    private DuplicateDetectionBenchmark() {
    }

    /** @param args none */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        out.printf("Data directory: %s%n%n", DedupeDataSets.directory().toAbsolutePath().normalize());
        out.printf(ROW, "", "", "", "true", "pairs", "", "", "clusters", "", "", "", "cold", "median");
        out.printf(ROW, "data set", "criteria", "records", "pairs", "reported", "prec.", "recall", "pairs", "prec.",
                "recall", "comparisons", "s", "s");
        for (Case benchCase : cases()) {
            if (!DedupeDataSets.present(benchCase.file())) {
                out.println(benchCase.file() + ": absent, skipped");
                continue;
            }
            LabelledDataSet data = benchCase.read();
            run(data, "fitted", DuplicateFinder.of(data.criteria()), true, out);
            run(data, "defaults", DuplicateFinder.of(benchCase.defaults()), false, out);
        }
    }

    private static void run(LabelledDataSet data, String criteria, DuplicateFinder finder, boolean timed,
                            PrintStream out) throws Exception {
        long start = System.nanoTime();
        DuplicateReport report = finder.find(data.records());
        double first = (System.nanoTime() - start) / 1e9;
        String median = timed ? seconds(Timing.of(() -> finder.find(data.records())).medianMs() / 1000) : "-";
        LabelledDataSet.Accuracy pairs = data.ofPairs(report.pairs());
        LabelledDataSet.Accuracy clusters = data.ofClusters(report.clusters());
        out.printf(ROW, data.name(), criteria, data.records().size(), data.truePairs(), pairs.reported(),
                ratio(pairs.precision()), ratio(pairs.recall()), clusters.reported(), ratio(clusters.precision()),
                ratio(clusters.recall()), report.comparisons(), timed ? seconds(first) : "-", median);
    }

    /** The data sets, each with the criteria a user would choose for its fields. */
    private static List<Case> cases() {
        return List.of(
                new Case(DedupeDataSets.SPLINK_20000, () -> DedupeDataSets.splink(DedupeDataSets.SPLINK_20000),
                        DuplicateCriteria.persons()),
                new Case(DedupeDataSets.FEBRL_3, DedupeDataSets::febrl3,
                        DuplicateCriteria.persons().withDefaultRegion("AU")),
                new Case(DedupeDataSets.CHICAGO_CHILDCARE, DedupeDataSets::chicagoChildcare,
                        DuplicateCriteria.organisations().withDefaultRegion("US")));
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
     * @param reader   reads it, with the criteria fitted to its fields
     * @param defaults the default criteria for its kind of records, with the phone region of its country
     */
    private record Case(String file, Reader reader, DuplicateCriteria defaults) {

        LabelledDataSet read() throws IOException {
            return reader.read();
        }
    }
}
