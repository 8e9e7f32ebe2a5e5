package org.embedcrm.spi.einvoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a PEPPOL participant identifier")
class ParticipantIdTest {

    @Test
    @DisplayName("under ISO 6523 is written scheme::icd:number")
    void iso6523Text() {
        assertThat(ParticipantId.iso6523("0208", "0428759497").asText())
                .isEqualTo("iso6523-actorid-upis::0208:0428759497");
    }

    @Test
    @DisplayName("is read back from its text form")
    void parse() {
        assertThat(ParticipantId.parse("iso6523-actorid-upis::9925:BE0428759497"))
                .isEqualTo(new ParticipantId("iso6523-actorid-upis", "9925:BE0428759497"));
    }

    @Test
    @DisplayName("survives writing and reading back for any ICD and number")
    void roundTrip() {
        qt().forAll(integers().between(0, 9999), strings().basicLatinAlphabet().ofLengthBetween(1, 20))
                .assuming((icd, number) -> !number.isBlank() && number.chars().noneMatch(Character::isWhitespace))
                .check((icd, number) -> {
                    ParticipantId id = ParticipantId.iso6523(String.format("%04d", icd), number);
                    return ParticipantId.parse(id.asText()).equals(id);
                });
    }

    @Test
    @DisplayName("refuses an ISO 6523 value without its four-digit ICD")
    void missingIcd() {
        assertThatThrownBy(() -> new ParticipantId(ParticipantId.ISO6523_SCHEME, "0428759497"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four-digit ICD");
        assertThatThrownBy(() -> ParticipantId.iso6523("208", "0428759497"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ICD is four digits");
    }

    @Test
    @DisplayName("refuses text without the :: separator, blank parts and spaces")
    void malformed() {
        assertThatThrownBy(() -> ParticipantId.parse("0208:0428759497"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme::value");
        assertThatThrownBy(() -> ParticipantId.iso6523("0208", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
        assertThatThrownBy(() -> new ParticipantId("iso6523 actorid", "0208:1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme");
    }
}
