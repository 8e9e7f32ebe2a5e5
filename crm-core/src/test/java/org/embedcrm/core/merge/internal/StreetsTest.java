package org.embedcrm.core.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("normalising streets")
class StreetsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"650 E. 85Th St", "650 East 85th Street", "650 e 85 st.", "650  E 85TH STREET "})
    @DisplayName("unifies street types, directions and ordinals")
    void unifies(String street) {
        assertThat(Streets.normalise(street)).isEqualTo("650 e 85 st");
    }

    @Test
    @DisplayName("finds the house number wherever it stands, and the street without it")
    void houseNumber() {
        assertThat(Streets.houseNumber(Streets.normalise("Kerkstraat 12b"))).isEqualTo("12b");
        assertThat(Streets.withoutHouseNumber(Streets.normalise("Kerkstraat 12b"))).isEqualTo("kerkstraat");
        assertThat(Streets.houseNumber(Streets.normalise("Grand-Place"))).isNull();
        assertThat(Streets.withoutHouseNumber("grand place")).isEqualTo("grand place");
        assertThat(Streets.normalise(" , ")).isNull();
    }

    @Test
    @DisplayName("names a street without its house number, direction and street type")
    void name() {
        assertThat(Streets.name(Streets.normalise("10810 S. Ave. H"))).isEqualTo("h");
        assertThat(Streets.name(Streets.normalise("650 East 85th Street"))).isEqualTo("85");
        assertThat(Streets.name(Streets.normalise("Kerkstraat 12b"))).isEqualTo("kerkstraat");
        assertThat(Streets.name(Streets.normalise("North Street"))).isEmpty();
    }
}
