package org.embedcrm.plugin.peppol;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.ACME;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.ACME_ENCODED;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.INVOICE;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.directoryMatch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.ServiceLoader;
import org.embedcrm.plugin.peppol.testing.SettableClock;
import org.embedcrm.plugin.peppol.testing.TestContext;
import org.embedcrm.spi.einvoicing.BusinessIdentifier;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.einvoicing.RegistrationSource;
import org.embedcrm.spi.plugin.PluginFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("the peppol plugin factory")
class PeppolPluginFactoryTest {

    @RegisterExtension
    static final WireMockExtension directory =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final TestContext context = new TestContext(new SettableClock(Instant.parse("2026-03-20T12:00:00Z")));

    private static PluginFactory<?> discovered() {
        return ServiceLoader.load(PluginFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(factory -> factory.id().equals("peppol")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("is found by the ServiceLoader as the peppol ParticipantLookup factory")
    void discovery() {
        PluginFactory<?> factory = discovered();

        assertThat(factory).isInstanceOf(PeppolPluginFactory.class);
        assertThat(factory.providerType()).isEqualTo(ParticipantLookup.class);
        assertThat(factory.order()).isZero();
    }

    @Test
    @DisplayName("once discovered, creates a lookup that follows its settings")
    void createdWithSettings() {
        directory.stubFor(get(urlEqualTo("/search/1.0/json?participant=" + ACME_ENCODED))
                .willReturn(aResponse().withStatus(200).withBody(directoryMatch(INVOICE))));
        context.with("mode", "directory").with("directory-url", directory.baseUrl()).with("cache-ttl", "PT5M");

        ParticipantLookup lookup = (ParticipantLookup) discovered().create(context);

        assertThat(lookup.lookUp(BusinessIdentifier.registrationNumber("BE", "0428.759.497")))
                .hasValueSatisfying(answer -> {
                    assertThat(answer.participant()).isEqualTo(ACME);
                    assertThat(answer.source()).isEqualTo(RegistrationSource.DIRECTORY);
                    assertThat(answer.documentTypes()).containsExactly(INVOICE);
                });
        directory.verify(1, getRequestedFor(urlEqualTo(
                "/search/1.0/json?participant=iso6523-actorid-upis%3A%3A0208%3A0428759497")));
    }

    @Test
    @DisplayName("creates a lookup that builds participant ids from a contact's numbers")
    void participantIds() {
        ParticipantLookup lookup = new PeppolPluginFactory().create(context);

        assertThat(lookup.participantFor(BusinessIdentifier.vatNumber("BE", "BE0428759497")))
                .contains(ParticipantId.parse("iso6523-actorid-upis::9925:BE0428759497"));
        assertThat(lookup.participantFor(BusinessIdentifier.vatNumber("DK", "DK13585628"))).isEmpty();
    }

    @ParameterizedTest(name = "peppol.{0} = {1}")
    @CsvSource({
        "mode,          registry",
        "sml-zone,      not a zone",
        "sml-rule,      md5",
        "smp-url,       ftp://smp.example.org/",
        "directory-url, directory.peppol.eu",
        "cache-ttl,     -PT1H",
        "cache-ttl,     1 hour",
        "timeout,       PT0S",
    })
    @DisplayName("refuses an invalid setting, naming it")
    void invalidSetting(String name, String value) {
        context.with(name, value);

        assertThatThrownBy(() -> new PeppolPluginFactory().create(context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("setting peppol." + name + " must be ")
                .hasMessageEndingWith(", not '" + value + "'");
    }
}
