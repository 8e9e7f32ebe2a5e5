package org.embedcrm.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on the 1,000-row splink sample of shared/data, with the floors set a little below what was
 * measured (pairs 0.999 / 0.969, clusters 1.000 / 0.985 with the criteria's cluster margin), so that a change that
 * loses accuracy fails here.
 */
@DisplayName("duplicate detection on 1,000 real-looking people with typos, swapped names and garbled e-mails")
class DuplicateDetectionAccuracyTest {

    private static LabelledDataSet people;
    private static DuplicateReport report;

    @BeforeAll
    static void search() throws IOException {
        assumeTrue(DedupeDataSets.present(DedupeDataSets.SPLINK_1000),
                () -> "skipped: the data set " + DedupeDataSets.SPLINK_1000 + " is not in "
                        + DedupeDataSets.directory().toAbsolutePath().normalize() + " (set the system property "
                        + DedupeDataSets.DATA_DIR_PROPERTY + " to the shared data folder)");
        people = DedupeDataSets.splink(DedupeDataSets.SPLINK_1000);
        report = DuplicateFinder.of(people.criteria()).find(people.records());
    }

    @Test
    @DisplayName("reports pairs that are nearly all right, and more than nineteen in twenty true pairs")
    void pairs() {
        LabelledDataSet.Accuracy accuracy = people.ofPairs(report.pairs());
        assertThat(people.truePairs()).isEqualTo(2975);
        assertThat(accuracy.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(accuracy.recall()).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    @DisplayName("joins the pairs into clusters that hold nearly every true pair, nearly all right")
    void clusters() {
        LabelledDataSet.Accuracy accuracy = people.ofClusters(report.clusters());
        assertThat(accuracy.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(accuracy.recall()).isGreaterThanOrEqualTo(0.98);
    }
}
