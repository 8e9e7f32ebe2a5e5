package org.embedcrm.plugin.peppol;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.ACME;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.ACME_ENCODED;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.INVOICE;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.serviceGroup;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import org.embedcrm.plugin.peppol.testing.SettableClock;
import org.embedcrm.plugin.peppol.testing.TestContext;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.einvoicing.ParticipantLookupException;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The answer cache, on the {@code Crm}'s clock, in front of a stub SMP named by {@code peppol.smp-url}. */
@DisplayName("a cached lookup")
class CachedLookupTest {

    private static final String ACME_PATH = "/" + ACME_ENCODED;
    private static final Instant NOON = Instant.parse("2026-03-20T12:00:00Z");

    @RegisterExtension
    static final WireMockExtension smp = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final SettableClock clock = new SettableClock(NOON);

    private ParticipantLookup lookup(String ttl) {
        return new PeppolPluginFactory().create(new TestContext(clock).with("smp-url", smp.baseUrl())
                .with("cache-ttl", ttl));
    }

    private void smpAnswers(int status, String body) {
        smp.stubFor(get(urlEqualTo(ACME_PATH)).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    @Test
    @DisplayName("answers from the cache within the time to live, without asking the SMP again")
    void hit() {
        smpAnswers(200, serviceGroup(smp.baseUrl() + "/", INVOICE));
        ParticipantLookup lookup = lookup("PT1H");

        ParticipantRegistration first = lookup.lookUp(ACME);
        clock.advance(Duration.ofMinutes(59));

        assertThat(lookup.lookUp(ACME)).isEqualTo(first);
        assertThat(first.checkedAt()).isEqualTo(NOON);
        smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
    }

    @Test
    @DisplayName("asks the SMP again once the time to live has passed")
    void expiry() {
        smpAnswers(200, serviceGroup(smp.baseUrl() + "/", INVOICE));
        ParticipantLookup lookup = lookup("PT1H");

        lookup.lookUp(ACME);
        clock.advance(Duration.ofHours(1));

        assertThat(lookup.lookUp(ACME).checkedAt()).isEqualTo(NOON.plus(Duration.ofHours(1)));
        smp.verify(2, getRequestedFor(urlEqualTo(ACME_PATH)));
    }

    @Test
    @DisplayName("keeps a 'not registered' answer too")
    void negativeAnswer() {
        smpAnswers(404, "");
        ParticipantLookup lookup = lookup("PT1H");

        lookup.lookUp(ACME);
        clock.advance(Duration.ofMinutes(30));

        assertThat(lookup.lookUp(ACME).registered()).isFalse();
        smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
    }

    @Test
    @DisplayName("does not keep a failure: the next lookup asks again")
    void failureNotKept() {
        smp.stubFor(get(urlEqualTo(ACME_PATH)).inScenario("recovery").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        smp.stubFor(get(urlEqualTo(ACME_PATH)).inScenario("recovery").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody(serviceGroup(smp.baseUrl() + "/", INVOICE))));
        ParticipantLookup lookup = lookup("PT1H");

        assertThatThrownBy(() -> lookup.lookUp(ACME)).isInstanceOf(ParticipantLookupException.class);

        assertThat(lookup.lookUp(ACME).registered()).isTrue();
        smp.verify(2, getRequestedFor(urlEqualTo(ACME_PATH)));
    }

    @Test
    @DisplayName("with a time to live of zero asks the SMP every time")
    void disabled() {
        smpAnswers(200, serviceGroup(smp.baseUrl() + "/", INVOICE));
        ParticipantLookup lookup = lookup("PT0S");

        lookup.lookUp(ACME);
        lookup.lookUp(ACME);

        smp.verify(2, getRequestedFor(urlEqualTo(ACME_PATH)));
    }
}
