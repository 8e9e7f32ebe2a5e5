package org.embedcrm.plugin.peppol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("an SML zone")
class SmlZoneTest {

    @Test
    @DisplayName("production and test name the Peppol zones valid from March 2026")
    void knownZones() {
        assertThat(SmlZone.of("production").name()).isEqualTo("participant.sml.prod.tech.peppol.org");
        assertThat(SmlZone.of("TEST").name()).isEqualTo("participant.sml.test.tech.peppol.org");
    }

    @Test
    @DisplayName("is any DNS zone, lower-cased and without its trailing dot")
    void anyZone() {
        assertThat(SmlZone.of(" Edelivery.Tech.EC.Europa.EU. ")).isEqualTo(new SmlZone("edelivery.tech.ec.europa.eu"));
    }

    @Test
    @DisplayName("refuses what is not a DNS name")
    void invalid() {
        assertThatThrownBy(() -> SmlZone.of("sml zone")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a DNS zone name");
        assertThatThrownBy(() -> SmlZone.of("localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmlZone.of("-bad.example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
