package org.embedcrm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("neutralising formulas")
class SafeCsvTest {

    @Test
    @DisplayName("every cell comes back as it was, and none written starts with a formula character")
    void restoresWhatItNeutralises() {
        qt().forAll(strings().betweenCodePoints(9, 127).ofLengthBetween(0, 6)).checkAssert(cell -> {
            String written = SafeCsv.neutralise(cell);
            assertThat(SafeCsv.restore(written)).isEqualTo(cell);
            assertThat(written).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        });
    }

    @Test
    @DisplayName("an apostrophe is added only where it is needed")
    void onlyWhereNeeded() {
        assertThat(SafeCsv.neutralise("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SafeCsv.neutralise("'s-Hertogenbosch")).isEqualTo("'s-Hertogenbosch");
        assertThat(SafeCsv.neutralise("'=kept")).isEqualTo("''=kept");
        assertThat(SafeCsv.neutralise("plain")).isEqualTo("plain");
        assertThat(SafeCsv.neutralise(null)).isEmpty();
    }
}
