package org.embedcrm.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.core.party.Refusals.assertRefused;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("a phone number")
class PhoneNumberTest {

    @Nested
    @DisplayName("read from what a person typed")
    class Parsing {

        @Test
        @DisplayName("a Belgian mobile number typed nationally gets its E.164 form and keeps the text as typed")
        void nationalNumber() {
            PhoneNumber phone = PhoneNumber.parse("0470 12 34 56", "BE");
            assertThat(phone.e164()).isEqualTo("+32470123456");
            assertThat(phone.raw()).isEqualTo("0470 12 34 56");
            assertThat(phone.digits()).isEqualTo("32470123456");
            assertThat(phone).hasToString("+32470123456");
        }

        @ParameterizedTest(name = "default region {0}")
        @NullSource
        @ValueSource(strings = {"BE", "DE", "US", "JP", "de"})
        @DisplayName("an international number is the same whatever the default region")
        void internationalNumber(String region) {
            assertThat(PhoneNumber.parse("+49 30 901820", region).e164()).isEqualTo("+4930901820");
        }

        @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
        @CsvSource(delimiter = '|', textBlock = """
                (650) 253-0000        | US | +16502530000
                020 7946 0018         | GB | +442079460018
                +32 470 12 34 56      | FR | +32470123456
                0032 470 12 34 56     | BE | +32470123456
                0470/12.34.56         | be | +32470123456
                """)
        @DisplayName("national and international spellings come out in E.164")
        void spellings(String raw, String region, String e164) {
            assertThat(PhoneNumber.parse(raw, region).e164()).isEqualTo(e164);
        }

        @Test
        @DisplayName("refuses a number too short to be one, naming the input and the region")
        void tooShort() {
            assertRefused(() -> PhoneNumber.parse("12", "BE"), "phone", "contact.phone.invalid")
                    .hasMessageContaining("12").hasMessageContaining("BE");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "abcdefgh", "call me maybe", "phone", "0470 12 34 5A", "+32 470", "+999 123 456 789",
                "0470123456789012345678901234567890123456789012345678901234567890123"})
        @DisplayName("refuses letters, fragments and text that is no phone number")
        void refusesNonNumbers(String raw) {
            assertRefused(() -> PhoneNumber.parse(raw, "BE"), "phone", "contact.phone.invalid");
        }

        @ParameterizedTest(name = "default region {0}")
        @NullSource
        @ValueSource(strings = {"XX", "", "BEL"})
        @DisplayName("refuses a national number without a known default region")
        void refusesNationalNumberWithoutRegion(String region) {
            assertRefused(() -> PhoneNumber.parse("0470 12 34 56", region), "phone", "contact.phone.invalid")
                    .hasMessageContaining("0470 12 34 56");
        }

        @Test
        @DisplayName("refuses a number that is valid in one region but not in the default one")
        void validElsewhere() {
            assertThat(PhoneNumber.parse("0470 12 34 56", "BE").e164()).isEqualTo("+32470123456");
            assertRefused(() -> PhoneNumber.parse("0470 12 34 56", "US"), "phone", "contact.phone.invalid")
                    .hasMessageContaining("US");
        }
    }

    @Nested
    @DisplayName("created from its parts")
    class Canonical {

        @Test
        @DisplayName("takes an E.164 number and the text as typed, stripped")
        void accepts() {
            PhoneNumber phone = new PhoneNumber("+32470123456", " 0470 12 34 56 ");
            assertThat(phone.raw()).isEqualTo("0470 12 34 56");
            assertThat(phone).isEqualTo(PhoneNumber.parse("0470 12 34 56", "BE"));
            assertThat(new PhoneNumber("+1234567", "x").digits()).isEqualTo("1234567");
            assertThat(new PhoneNumber("+123456789012345", "x").digits()).hasSize(15);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"32470123456", "+032470123456", "+123456", "+1234567890123456", "+32 470 12 34 56",
                "+32470l23456"})
        @DisplayName("refuses anything that is not + and 7 to 15 digits")
        void refusesNonE164(String e164) {
            assertRefused(() -> new PhoneNumber(e164, "0470 12 34 56"), "phone", "contact.phone.invalid");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  \t ", "00000000000000000000000000000000000000000000000000000000000000000"})
        @DisplayName("refuses raw text that is blank or longer than 64 characters")
        void refusesBadRaw(String raw) {
            assertRefused(() -> new PhoneNumber("+32470123456", raw), "phone", "contact.phone.invalid");
        }
    }
}
