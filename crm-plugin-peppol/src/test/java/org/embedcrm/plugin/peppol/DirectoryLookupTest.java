package org.embedcrm.plugin.peppol;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.ACME;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.ACME_ENCODED;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.CREDIT_NOTE;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.INVOICE;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.directoryMatch;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.directoryNoMatch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import org.embedcrm.plugin.peppol.testing.Journal;
import org.embedcrm.plugin.peppol.testing.SettableClock;
import org.embedcrm.plugin.peppol.testing.TestContext;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.einvoicing.ParticipantLookupException;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;
import org.embedcrm.spi.einvoicing.RegistrationSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lookups in a stub PEPPOL Directory, without cache. */
@DisplayName("a lookup in the PEPPOL Directory")
class DirectoryLookupTest {

    private static final String SEARCH_ACME = "/search/1.0/json?participant=" + ACME_ENCODED;
    private static final Instant NOON = Instant.parse("2026-03-20T12:00:00Z");

    @RegisterExtension
    static final WireMockExtension directory =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final TestContext context = new TestContext(new SettableClock(NOON)).with("mode", "directory")
            .with("cache-ttl", "PT0S").with("timeout", "PT2S");

    private ParticipantLookup lookup() {
        context.with("directory-url", directory.baseUrl());
        return new PeppolPluginFactory(name -> {
            throw new AssertionError("directory mode must not use DNS");
        }).create(context);
    }

    private void directoryAnswers(String path, int status, String body) {
        directory.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Nested
    @DisplayName("finds a participant")
    class Answers {

        @Test
        @DisplayName("registered with the document types of its match, searching for the encoded participant id")
        void registered() {
            directoryAnswers(SEARCH_ACME, 200, directoryMatch(INVOICE, CREDIT_NOTE));

            assertThat(lookup().lookUp(ACME)).isEqualTo(ParticipantRegistration.registered(ACME,
                    List.of(INVOICE, CREDIT_NOTE), NOON, RegistrationSource.DIRECTORY));
            directory.verify(1, getRequestedFor(urlEqualTo(
                    "/search/1.0/json?participant=iso6523-actorid-upis%3A%3A0208%3A0428759497"))
                    .withHeader("Accept", equalTo("application/json")));
        }

        @Test
        @DisplayName("not registered when the Directory answers 200 with no match")
        void noMatch() {
            directoryAnswers(SEARCH_ACME, 200, directoryNoMatch());

            assertThat(lookup().lookUp(ACME))
                    .isEqualTo(ParticipantRegistration.notRegistered(ACME, NOON, RegistrationSource.DIRECTORY));
            directory.verify(1, getRequestedFor(urlEqualTo(SEARCH_ACME)));
        }

        @Test
        @DisplayName("not registered when the only match is another participant")
        void otherParticipant() {
            directoryAnswers(SEARCH_ACME, 200, directoryMatch(INVOICE).replace("0208:0428759497", "0208:0403019261"));

            assertThat(lookup().lookUp(ACME).registered()).isFalse();
            directory.verify(1, getRequestedFor(urlEqualTo(SEARCH_ACME)));
        }

        @Test
        @DisplayName("on a Directory whose URL has a path and a trailing slash")
        void directoryWithPath() {
            directoryAnswers("/directory" + SEARCH_ACME, 200, directoryMatch(INVOICE));
            ParticipantLookup lookup = new PeppolPluginFactory(null).create(
                    context.with("directory-url", directory.baseUrl() + "/directory/"));

            assertThat(lookup.lookUp(ACME).documentTypes()).containsExactly(INVOICE);
            directory.verify(1, getRequestedFor(urlEqualTo("/directory" + SEARCH_ACME)));
        }
    }

    @Nested
    @DisplayName("fails with a clear message")
    class Failures {

        @Test
        @DisplayName("when the search rate limit is exceeded")
        void rateLimited() {
            directoryAnswers(SEARCH_ACME, 429, "REST search rate limit exceeded");

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessage("PEPPOL lookup of iso6523-actorid-upis::0208:0428759497 failed: PEPPOL Directory "
                            + directory.baseUrl() + SEARCH_ACME + " answered HTTP 429 (search rate limit exceeded)");
            directory.verify(1, getRequestedFor(urlEqualTo(SEARCH_ACME)));
        }

        @Test
        @DisplayName("when the Directory answers with a server error")
        void serverError() {
            directoryAnswers(SEARCH_ACME, 503, "");

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageEndingWith(SEARCH_ACME + " answered HTTP 503");
            directory.verify(1, getRequestedFor(urlEqualTo(SEARCH_ACME)));
        }

        @Test
        @DisplayName("when the answer is not JSON")
        void malformedJson() {
            directoryAnswers(SEARCH_ACME, 200, "{\"matches\":[{\"participantID\":");

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageContaining("sent an answer that cannot be read: not JSON");
            directory.verify(1, getRequestedFor(urlEqualTo(SEARCH_ACME)));
        }

        @Test
        @DisplayName("when the answer is JSON without matches")
        void withoutMatches() {
            directoryAnswers(SEARCH_ACME, 200, "{\"version\":\"1.0\"}");

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageContaining("no \"matches\" array");
            directory.verify(1, getRequestedFor(urlEqualTo(SEARCH_ACME)));
        }

        @Test
        @DisplayName("when the Directory does not answer within the timeout")
        void timeout() {
            directory.stubFor(get(urlEqualTo(SEARCH_ACME)).willReturn(aResponse().withStatus(200)
                    .withFixedDelay(4_000).withBody(directoryNoMatch())));

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageContaining(SEARCH_ACME + " did not answer within PT2S");
            Journal.awaitServed(directory);
            directory.verify(1, getRequestedFor(urlEqualTo(SEARCH_ACME)));
        }
    }
}
