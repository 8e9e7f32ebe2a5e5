package org.embedcrm.core.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("normalising phone numbers")
class PhoneNumbersTest {

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0470 12 34 56        | BE | +32470123456
            0470/12.34.56        | BE | +32470123456
            +32 470 12 34 56     | US | +32470123456
            0032 470 12 34 56    | BE | +32470123456
            (650) 253-0000       | US | +16502530000
            020 7946 0018        | GB | +442079460018
            +49 30 901820        |    | +4930901820
            """)
    @DisplayName("puts national and international spellings in E.164, national ones in the default region")
    void e164(String raw, String region, String e164) {
        assertThat(PhoneNumbers.normalise(raw, region)).isEqualTo(e164);
    }

    @Test
    @DisplayName("keeps the digits of a number it cannot read in the region, such as a national number without one")
    void digitsWhenUnreadable() {
        assertThat(PhoneNumbers.normalise("0470 12 34 56", null)).isEqualTo("0470123456");
        assertThat(PhoneNumbers.normalise("phone: 12-34-56", "BE")).isEqualTo("123456");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "1234", "call me", "n/a"})
    @DisplayName("ignores text with fewer than five digits")
    void ignoresFragments(String raw) {
        assertThat(PhoneNumbers.normalise(raw, "BE")).isNull();
    }

    @Test
    @DisplayName("compares numbers missing their area code by their last seven digits")
    void localDigits() {
        assertThat(PhoneNumbers.localDigits("+17733865286")).isEqualTo("3865286");
        assertThat(PhoneNumbers.localDigits(PhoneNumbers.normalise("386-5286", "US"))).isEqualTo("3865286");
        assertThat(PhoneNumbers.localDigits("12345")).isEqualTo("12345");
    }
}
