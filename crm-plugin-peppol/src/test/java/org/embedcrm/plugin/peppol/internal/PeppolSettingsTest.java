package org.embedcrm.plugin.peppol.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.embedcrm.plugin.peppol.SmlRule;
import org.embedcrm.plugin.peppol.SmlZone;
import org.embedcrm.plugin.peppol.testing.SettableClock;
import org.embedcrm.plugin.peppol.testing.TestContext;
import org.embedcrm.spi.einvoicing.RegistrationSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the PEPPOL plugin's settings")
class PeppolSettingsTest {

    private final TestContext context = new TestContext(new SettableClock(Instant.EPOCH));

    @Test
    @DisplayName("default to the SMP on the production SML, NAPTR names, a day of cache and 10 s timeouts")
    void defaults() {
        assertThat(PeppolSettings.from(context)).isEqualTo(new PeppolSettings(RegistrationSource.SMP,
                SmlZone.PRODUCTION, SmlRule.NAPTR, Optional.empty(), URI.create("https://directory.peppol.eu"),
                Duration.ofHours(24), Duration.ofSeconds(10)));
    }

    @Test
    @DisplayName("read every setting, in any case")
    void everySetting() {
        context.with("mode", "Directory").with("sml-zone", "acc.edelivery.tech.ec.europa.eu.")
                .with("sml-rule", "LEGACY-CNAME").with("smp-url", "https://smp.example.org/")
                .with("directory-url", "https://test-directory.peppol.eu").with("cache-ttl", "PT15M")
                .with("timeout", "PT2S");

        PeppolSettings settings = PeppolSettings.from(context);

        assertThat(settings.mode()).isEqualTo(RegistrationSource.DIRECTORY);
        assertThat(settings.smlZone().name()).isEqualTo("acc.edelivery.tech.ec.europa.eu");
        assertThat(settings.smlRule()).isEqualTo(SmlRule.LEGACY_CNAME);
        assertThat(settings.smpUrl()).contains(URI.create("https://smp.example.org/"));
        assertThat(settings.directoryUrl()).isEqualTo(URI.create("https://test-directory.peppol.eu"));
        assertThat(settings.cacheTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
    }
}
