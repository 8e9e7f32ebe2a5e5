package org.embedcrm.plugin.peppol.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.spi.einvoicing.BusinessIdentifier.registrationNumber;
import static org.embedcrm.spi.einvoicing.BusinessIdentifier.vatNumber;

import org.embedcrm.spi.einvoicing.ParticipantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Check-digit vectors from the reference (python-stdnum doctests for BE, NL and DE). */
@DisplayName("a contact's number as a PEPPOL participant id")
class ParticipantIdsTest {

    private static String participant(String country, String vat) {
        return ParticipantIds.of(vatNumber(country, vat)).map(ParticipantId::value).orElseThrow();
    }

    @Nested
    @DisplayName("for Belgium")
    class Belgium {

        @Test
        @DisplayName("puts the enterprise number under 0208 and the VAT number under 9925 with its BE prefix")
        void schemes() {
            assertThat(ParticipantIds.of(registrationNumber("BE", "0428.759.497")))
                    .contains(ParticipantId.parse("iso6523-actorid-upis::0208:0428759497"));
            assertThat(ParticipantIds.of(vatNumber("BE", "BE 0428 759 497")))
                    .contains(ParticipantId.parse("iso6523-actorid-upis::9925:BE0428759497"));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "BE0428759497,      BE0428759497",
            "BE 403019261,      BE0403019261",
            "BE 0202.239.951,   BE0202239951",
            "BE 0897290877,     BE0897290877",
            "be(0)403-019-261,  BE0403019261",
        })
        @DisplayName("accepts the valid numbers, the old 9-digit form and any separators")
        void valid(String typed, String value) {
            assertThat(participant("BE", typed)).isEqualTo("9925:" + value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"BE431150351", "BE 0406.139.583", "BE697449982", "0123456789"})
        @DisplayName("refuses wrong check digits")
        void badChecksum(String typed) {
            assertThatThrownBy(() -> participant("BE", typed)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("BE VAT number '" + typed + "' has wrong check digits");
        }

        @ParameterizedTest
        @ValueSource(strings = {"BE 02A2.239.951", "BE0000000000", "NL004495445B01", "BE 2428759497"})
        @DisplayName("refuses a malformed number, saying what was expected")
        void badFormat(String typed) {
            assertThatThrownBy(() -> ParticipantIds.of(registrationNumber("BE", typed)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("BE registration number '" + typed + "'");
        }
    }

    @Nested
    @DisplayName("for the Netherlands")
    class Netherlands {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "NL004495445B01, NL004495445B01",
            "NL4495445B01,   NL004495445B01",
            "NL806753742B01, NL806753742B01",
            "NL002455799B11, NL002455799B11",
            "NL001617419B92, NL001617419B92",
        })
        @DisplayName("accepts RSINs passing the 11-proof and sole proprietors' numbers passing mod 97, under 9944")
        void valid(String typed, String value) {
            assertThat(participant("NL", typed)).isEqualTo("9944:" + value);
        }

        @Test
        @DisplayName("refuses wrong check digits and a 00 suffix")
        void invalid() {
            assertThatThrownBy(() -> participant("NL", "NL123456789B90")).hasMessageContaining("check digits");
            assertThatThrownBy(() -> participant("NL", "NL 009122746B00")).hasMessageContaining("malformed");
            assertThatThrownBy(() -> participant("NL", "NL 001241643801")).hasMessageContaining("malformed");
        }

        @Test
        @DisplayName("puts a KvK number under 0106")
        void kvk() {
            assertThat(ParticipantIds.of(registrationNumber("NL", "1234 5678")).map(ParticipantId::value))
                    .contains("0106:12345678");
        }
    }

    @Nested
    @DisplayName("for Germany")
    class Germany {

        @ParameterizedTest
        @ValueSource(strings = {"DE136695976", "DE 811 363 057"})
        @DisplayName("accepts numbers passing ISO 7064 MOD 11,10, under 9930")
        void valid(String typed) {
            assertThat(participant("DE", typed)).startsWith("9930:DE").hasSize("9930:DE".length() + 9);
        }

        @Test
        @DisplayName("refuses wrong check digits and a leading zero")
        void invalid() {
            assertThatThrownBy(() -> participant("DE", "DE136695978")).hasMessageContaining("check digits");
            assertThatThrownBy(() -> participant("DE", "DE125014855")).hasMessageContaining("check digits");
            assertThatThrownBy(() -> participant("DE", "DE 011125440")).hasMessageContaining("malformed");
        }
    }

    @Test
    @DisplayName("uses the scheme table for other countries, with their VAT prefix")
    void otherCountries() {
        assertThat(participant("AT", "ATU12345678")).isEqualTo("9914:ATU12345678");
        assertThat(participant("FR", "FR 40 303 265 045")).isEqualTo("9957:FR40303265045");
        assertThat(participant("GR", "094259216")).isEqualTo("9933:EL094259216");
        assertThat(participant("IT", "IT06363391001")).isEqualTo("0211:IT06363391001");
        assertThat(ParticipantIds.of(registrationNumber("NO", "745 707 327")).map(ParticipantId::value))
                .contains("0192:745707327");
    }

    @Test
    @DisplayName("has no participant id for a country or kind without a PEPPOL scheme")
    void unknown() {
        assertThat(ParticipantIds.of(vatNumber("DK", "DK13585628"))).isEmpty();
        assertThat(ParticipantIds.of(registrationNumber("DE", "HRB 123456"))).isEmpty();
    }

    @Test
    @DisplayName("names the expected format when a number is malformed")
    void formatMessage() {
        assertThatThrownBy(() -> participant("AT", "AT12345678")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AT VAT number 'AT12345678' is malformed: expected an optional AT followed by U and 8 digits");
    }
}
