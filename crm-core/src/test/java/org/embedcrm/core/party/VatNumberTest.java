package org.embedcrm.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.core.party.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

@DisplayName("a VAT number")
class VatNumberTest {

    private static final List<String> VALID = List.of("BE0428759497", "BE0403019261", "BE0202239951", "BE0897290877",
            "BE0468561072", "DE136695976", "DE811363057", "NL004495445B01", "NL806753742B01", "NL002455799B11",
            "NL001617419B92", "FR40303265045", "FR83404833048", "FRK7399859412", "FR53000004605", "ATU14243102",
            "EL094012834", "ESX5253868R", "XI123456789");

    @Nested
    @DisplayName("read from text")
    class Parsing {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                BE0428759497        | BE0428759497
                BE 403019261        | BE0403019261
                BE 0202.239.951     | BE0202239951
                BE 0897290877       | BE0897290877
                DE136695976         | DE136695976
                DE 811 363 057      | DE811363057
                NL004495445B01      | NL004495445B01
                NL4495445B01        | NL004495445B01
                NL806753742B01      | NL806753742B01
                NL002455799B11      | NL002455799B11
                NL001617419B92      | NL001617419B92
                """)
        @DisplayName("accepts every valid number of the reference, in canonical form")
        void referenceValid(String text, String canonical) {
            VatNumber vat = VatNumber.parse(text);
            assertThat(vat.value()).isEqualTo(canonical);
            assertThat(vat).isEqualTo(new VatNumber(canonical));
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Fr 40 303 265 045   | FR40303265045
                FR 23 334 175 221   | FR23334175221
                FR 19 552 008 443   | FR19552008443
                FR 41-343848552     | FR41343848552
                FR 84 323 140 392   | FR84323140392
                fr 71383076817      | FR71383076817
                FR K 7399859412     | FRK7399859412
                FR4Z123456782       | FR4Z123456782
                FR 53 0000 04605    | FR53000004605
                FR16000063601       | FR16000063601
                """)
        @DisplayName("accepts French numbers: numeric key matching the SIREN, letter keys, and Monaco's 000 numbers")
        void frenchValid(String text, String canonical) {
            assertThat(VatNumber.parse(text).value()).isEqualTo(canonical);
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                be 0428-759-497     | BE0428759497
                BE (0)468.561.072   | BE0468561072
                BE 0428/759/497     | BE0428759497
                NL 8225.69.759 b01  | NL822569759B01
                NL-8197.38.116.B.01 | NL819738116B01
                ATU 142 43 102      | ATU14243102
                EL 094012834        | EL094012834
                ES X-5253868-R      | ESX5253868R
                XI 123 4567 89      | XI123456789
                """)
        @DisplayName("strips separators, upper-cases, and takes the other EU prefixes by their shape")
        void normalises(String text, String canonical) {
            assertThat(VatNumber.parse(text).value()).isEqualTo(canonical);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"BE431150351", "BE 0406.139.583", "BE697449982", "DE136695978", "DE125014855",
                "NL123456789B90"})
        @DisplayName("refuses every bad-checksum number of the reference as vat.checksum")
        void referenceBadChecksum(String text) {
            assertRefused(() -> VatNumber.parse(text), "vatNumber", "vat.checksum").hasMessageContaining(text);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"FR 84 323 140 391", "FR 04409414264", "FR 21 326 565 603", "FR K 7399859312",
                "FR80404833047"})
        @DisplayName("refuses French numbers whose key or SIREN Luhn digit is wrong as vat.checksum")
        void frenchBadChecksum(String text) {
            assertRefused(() -> VatNumber.parse(text), "vatNumber", "vat.checksum");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"NL 009122746B00", "NL 001241643801", "DE 011125440", "BE 02A2.239.951",
                "BE0000000000"})
        @DisplayName("refuses every bad-format number of the reference as vat.format")
        void referenceBadFormat(String text) {
            assertRefused(() -> VatNumber.parse(text), "vatNumber", "vat.format").hasMessageContaining(text);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "B", "0428759497", "QQ 124567", "GB 123 4567 89", "US123456789",
                "BE 0220,764.971", "BE 2428759497", "BE 04287594970", "NL B06753742B01", "NL 82X569759b01",
                "NL006866304B021", "NL000000000B01", "DE 246X595 415", "DE13669597", "FR000076090",
                "FR IO334175221", "FR 40 303 265 04A", "AT1", "ATU 1234-5678-9012-3", "IT 00-118/4399#91"})
        @DisplayName("refuses unknown prefixes and malformed numbers as vat.format")
        void badFormat(String text) {
            assertRefused(() -> VatNumber.parse(text), "vatNumber", "vat.format");
        }
    }

    @Nested
    @DisplayName("created from its canonical form")
    class Canonical {

        @Test
        @DisplayName("tells its country by the prefix, EL for Greece")
        void country() {
            assertThat(new VatNumber("BE0428759497").country()).isEqualTo("BE");
            assertThat(VatNumber.parse("EL 094012834").country()).isEqualTo("EL");
            assertThat(new VatNumber("FR40303265045")).hasToString("FR40303265045");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"be0428759497", "BE 0428759497", "BE428759497", "NL4495445B01"})
        @DisplayName("is refused when not canonical, although parse would read it")
        void refusesNonCanonical(String text) {
            assertRefused(() -> new VatNumber(text), "vatNumber", "vat.format");
            assertThat(VatNumber.parse(text).value()).isNotEqualTo(text);
        }

        @Test
        @DisplayName("is refused when its check digits are wrong")
        void refusesBadCheckDigits() {
            assertRefused(() -> new VatNumber("BE0428759498"), "vatNumber", "vat.checksum");
            assertRefused(() -> new VatNumber("DE136695977"), "vatNumber", "vat.checksum");
            assertRefused(() -> new VatNumber("NL004495446B01"), "vatNumber", "vat.checksum");
            assertRefused(() -> new VatNumber("FR41303265045"), "vatNumber", "vat.checksum");
            assertRefused(() -> new VatNumber(null), "vatNumber", "vat.format");
        }
    }

    @Nested
    @DisplayName("properties")
    class Properties {

        @Test
        @DisplayName("parsing is idempotent, and any spelling of a number parses to its canonical form")
        void parseIsIdempotent() {
            qt().forAll(arbitrary().pick(VALID), lists().of(integers().between(0, 5)).ofSize(16))
                    .checkAssert((canonical, noise) -> {
                        String typed = messUp(canonical, noise);
                        VatNumber once = VatNumber.parse(typed);
                        assertThat(VatNumber.parse(once.value())).isEqualTo(once);
                        assertThat(once.value()).isEqualTo(canonical);
                    });
        }

        @Test
        @DisplayName("a Belgian number whose last two digits are 97 minus the first eight modulo 97 is accepted")
        void validBelgianNumbersAreAccepted() {
            qt().forAll(belgianNumbers()).checkAssert(number -> {
                assertThat(new VatNumber("BE" + number).value()).isEqualTo("BE" + number);
                assertThat(VatNumber.parse("BE " + number).value()).isEqualTo("BE" + number);
            });
        }

        @Test
        @DisplayName("changing any single digit of a valid Belgian number makes it refused")
        void singleDigitChangesAreRefused() {
            qt().forAll(belgianNumbers(), integers().between(0, 9), integers().between(1, 9))
                    .checkAssert((number, position, delta) -> {
                        char changed = (char) ('0' + (number.charAt(position) - '0' + delta) % 10);
                        String typo = number.substring(0, position) + changed + number.substring(position + 1);
                        String expectedCode = changed <= '1' || position > 0 ? "vat.checksum" : "vat.format";
                        assertRefused(() -> new VatNumber("BE" + typo), "vatNumber", expectedCode);
                    });
        }

        private Gen<String> belgianNumbers() {
            // Eight digits starting with 0 or 1, as Belgian enterprise numbers do.
            return integers().between(0, 19_999_999).map(body -> String.format("%08d%02d", body, 97 - body % 97));
        }

        /** Inserts separators and flips case, driven by {@code noise}, which holds one entry per position. */
        private String messUp(String canonical, List<Integer> noise) {
            String[] separators = {"", "", " ", ".", "-", "/"};
            StringBuilder typed = new StringBuilder(canonical.length() * 2);
            for (int i = 0; i < canonical.length(); i++) {
                int n = noise.get(i % noise.size());
                char c = canonical.charAt(i);
                typed.append(n % 2 == 0 ? Character.toLowerCase(c) : c);
                if (i >= 1 && i < canonical.length() - 1) {
                    typed.append(separators[n]);
                }
            }
            return " " + typed + " ";
        }
    }
}
