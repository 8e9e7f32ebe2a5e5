package org.embedcrm.core.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("folding text for comparison")
class TextsTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Élodie Müller          | elodie muller
            ÅSA  ØSTERGÅRD         | asa ostergard
            Straße                 | strasse
            Łukasz Wałęsa          | lukasz walesa
            François-Xavier        | francois xavier
            O'Brien                | obrien
            D’Angelo               | dangelo
            Acme N.V.              | acme nv
            S.A.R.L. Dupont        | sarl dupont
            St.Lucy's School       | st lucys school
            '  Jean   Dupont,  '   | jean dupont
            Æsir & Œuvre           | aesir oeuvre
            """)
    @DisplayName("drops case, accents, apostrophes and punctuation, and joins dotted acronyms")
    void folds(String text, String folded) {
        assertThat(Texts.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "-- / --", "'''", "\u0301"})
    @DisplayName("leaves nothing of text without letters or digits")
    void nothingLeft(String text) {
        assertThat(Texts.fold(text)).isNull();
        assertThat(Texts.words(text)).isEmpty();
    }

    @Test
    @DisplayName("sorts the words of a name so that their order does not matter")
    void sortedWords() {
        assertThat(Texts.sortedWords("taylor julia")).isEqualTo(Texts.sortedWords("julia taylor"))
                .isEqualTo("julia taylor");
        assertThat(Texts.sortedWords(null)).isNull();
        assertThat(Texts.words("Jean-Pierre Dupont")).containsExactly("jean", "pierre", "dupont");
    }

    @Test
    @DisplayName("yields only lower-case letters, digits and single spaces")
    void alphabet() {
        qt().forAll(strings().betweenCodePoints(0x20, 0x24F).ofLengthBetween(0, 24))
                .check(text -> {
                    String folded = Texts.fold(text);
                    return folded == null || !folded.startsWith(" ") && !folded.endsWith(" ")
                            && !folded.contains("  ") && folded.equals(folded.toLowerCase(Locale.ROOT));
                });
    }
}
