package org.embedcrm.plugin.peppol.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("percent-encoding of identifiers")
class PercentEncodingTest {

    @Test
    @DisplayName("encodes colons, hashes, slashes, percents and spaces as an SMP path expects")
    void encode() {
        assertThat(PercentEncoding.encode("iso6523-actorid-upis::0208:0428759497"))
                .isEqualTo("iso6523-actorid-upis%3A%3A0208%3A0428759497");
        assertThat(PercentEncoding.encode("a/b")).isEqualTo("a%2Fb");
        assertThat(PercentEncoding.encode("a%b")).isEqualTo("a%25b");
        assertThat(PercentEncoding.encode("##1 2")).isEqualTo("%23%231%202");
    }

    @Test
    @DisplayName("decodes back to the original text, plus signs included")
    void roundTrip() {
        assertThat(PercentEncoding.decode("a+b%3A%3Ac")).isEqualTo("a+b::c");
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
                .assuming(text -> text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF))
                .check(text -> PercentEncoding.decode(PercentEncoding.encode(text)).equals(text));
    }
}
