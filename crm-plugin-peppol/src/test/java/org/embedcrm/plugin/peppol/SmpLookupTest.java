package org.embedcrm.plugin.peppol;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.ORDER;
import static org.embedcrm.plugin.peppol.testing.PeppolFixtures.serviceGroup;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.plugin.peppol.testing.Journal;
import org.embedcrm.plugin.peppol.testing.SettableClock;
import org.embedcrm.plugin.peppol.testing.TestContext;
import org.embedcrm.spi.einvoicing.BusinessIdentifier;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.einvoicing.ParticipantLookupException;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;
import org.embedcrm.spi.einvoicing.RegistrationSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lookups through the SML (a fake resolver, no DNS) and a stub SMP, without cache. */
@DisplayName("a lookup on the participant's SMP")
class SmpLookupTest {

    /** ACME's NAPTR name in the test zone, from the reference's vectors. */
    private static final String ACME_NAPTR_NAME =
            "dhxzyjo6njh5q24r23zyesbqibf4v2v2nq5jttdw24jl4zls55ga.iso6523-actorid-upis.participant.sml.test.tech.peppol.org";
    private static final String ACME_PATH = "/" + ACME_ENCODED;
    private static final Instant NOON = Instant.parse("2026-03-20T12:00:00Z");

    @RegisterExtension
    static final WireMockExtension smp = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final Map<String, URI> sml = new HashMap<>();
    private final SmpLocator fakeResolver = name -> Optional.ofNullable(sml.get(name.hostname()));
    private final TestContext context = new TestContext(new SettableClock(NOON))
            .with("sml-zone", "test").with("cache-ttl", "PT0S").with("timeout", "PT2S");

    private ParticipantLookup lookup() {
        return new PeppolPluginFactory(fakeResolver).create(context);
    }

    @BeforeEach
    void registerAcmeInTheSml() {
        sml.put(ACME_NAPTR_NAME, URI.create(smp.baseUrl() + "/"));
    }

    private void smpAnswers(int status, String body) {
        smp.stubFor(get(urlEqualTo(ACME_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/xml").withBody(body)));
    }

    @Nested
    @DisplayName("finds a participant registered")
    class Registered {

        @Test
        @DisplayName("with every document type its ServiceGroup references, asking for the encoded participant id")
        void severalDocumentTypes() {
            smpAnswers(200, serviceGroup(smp.baseUrl() + "/", INVOICE, CREDIT_NOTE, ORDER));

            ParticipantRegistration answer = lookup().lookUp(ACME);

            assertThat(answer).isEqualTo(ParticipantRegistration.registered(ACME, List.of(INVOICE,
                    CREDIT_NOTE, ORDER), NOON, RegistrationSource.SMP));
            smp.verify(1, getRequestedFor(urlEqualTo("/iso6523-actorid-upis%3A%3A0208%3A0428759497"))
                    .withHeader("Accept", equalTo("application/xml")));
        }

        @Test
        @DisplayName("on an SMP whose URL has a path, one segment below it")
        void smpWithPath() {
            sml.put(ACME_NAPTR_NAME, URI.create(smp.baseUrl() + "/smp"));
            smp.stubFor(get(urlEqualTo("/smp" + ACME_PATH)).willReturn(aResponse().withStatus(200)
                    .withBody(serviceGroup(smp.baseUrl() + "/smp/", INVOICE))));

            assertThat(lookup().lookUp(ACME).documentTypes()).containsExactly(INVOICE);
            smp.verify(1, getRequestedFor(urlEqualTo("/smp/iso6523-actorid-upis%3A%3A0208%3A0428759497")));
        }

        @Test
        @DisplayName("from a contact's Belgian VAT number, under scheme 9925")
        void byVatNumber() {
            sml.put("brtbs653u566akp3gvajfvzfxt4pndtc23tinsg2havcj6yaif6q.iso6523-actorid-upis."
                    + "participant.sml.test.tech.peppol.org", URI.create(smp.baseUrl() + "/"));
            smp.stubFor(get(urlEqualTo("/iso6523-actorid-upis%3A%3A9925%3ABE0428759497"))
                    .willReturn(aResponse().withStatus(200).withBody(serviceGroup(smp.baseUrl() + "/", INVOICE))));

            assertThat(lookup().lookUp(BusinessIdentifier.vatNumber("BE", "BE 0428.759.497")))
                    .hasValueSatisfying(answer -> assertThat(answer.registered()).isTrue());
            smp.verify(1, getRequestedFor(urlEqualTo("/iso6523-actorid-upis%3A%3A9925%3ABE0428759497")));
        }

        @Test
        @DisplayName("under the legacy rule, through the B-md5 name")
        void legacyRule() {
            context.with("sml-rule", "legacy-cname");
            sml.put("B-96e439d2833208396219b5da9636632e.iso6523-actorid-upis.participant.sml.test.tech.peppol.org",
                    URI.create(smp.baseUrl() + "/"));
            smpAnswers(200, serviceGroup(smp.baseUrl() + "/", INVOICE));

            assertThat(lookup().lookUp(ACME).registered()).isTrue();
            smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
        }
    }

    @Nested
    @DisplayName("finds a participant not registered")
    class NotRegistered {

        @Test
        @DisplayName("when its SMP answers 404")
        void notFound() {
            smpAnswers(404, "");

            assertThat(lookup().lookUp(ACME))
                    .isEqualTo(ParticipantRegistration.notRegistered(ACME, NOON, RegistrationSource.SMP));
            smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
        }

        @Test
        @DisplayName("when the SML has no name for it, without asking any SMP")
        void notInSml() {
            sml.clear();

            assertThat(lookup().lookUp(ACME).registered()).isFalse();
            smp.verify(0, anyRequestedFor(anyUrl()));
        }
    }

    @Nested
    @DisplayName("fails with a clear message")
    class Failures {

        @Test
        @DisplayName("when the SMP answers with a server error")
        void serverError() {
            smpAnswers(500, "oops");

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessage("PEPPOL lookup of iso6523-actorid-upis::0208:0428759497 failed: SMP "
                            + smp.baseUrl() + ACME_PATH + " answered HTTP 500");
            smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
        }

        @Test
        @DisplayName("when the SMP sends XML that is not well-formed")
        void malformedXml() {
            smpAnswers(200, "<ServiceGroup xmlns=\"http://busdox.org/serviceMetadata/publishing/1.0/\"><Service");

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageContaining("SMP " + smp.baseUrl() + ACME_PATH)
                    .hasMessageContaining("cannot be read: not well-formed XML");
            smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
        }

        @Test
        @DisplayName("when the SMP sends another document than a ServiceGroup")
        void notAServiceGroup() {
            smpAnswers(200, "<html><body>Welcome</body></html>");

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageContaining("not {http://busdox.org/serviceMetadata/publishing/1.0/}ServiceGroup");
            smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
        }

        @Test
        @DisplayName("when a reference names no document type")
        void referenceWithoutDocumentType() {
            smpAnswers(200, "<ServiceGroup xmlns=\"http://busdox.org/serviceMetadata/publishing/1.0/\">"
                    + "<ServiceMetadataReferenceCollection><ServiceMetadataReference href=\"https://smp.example/x\"/>"
                    + "</ServiceMetadataReferenceCollection></ServiceGroup>");

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageContaining("href without /services/");
            smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
        }

        @Test
        @DisplayName("when the SMP sends a DTD, which is refused before any external entity is fetched")
        void externalEntity() {
            smp.stubFor(get(urlEqualTo("/secret")).willReturn(aResponse().withStatus(200).withBody("secret")));
            smpAnswers(200, "<?xml version=\"1.0\"?><!DOCTYPE ServiceGroup [<!ENTITY x SYSTEM \""
                    + smp.baseUrl() + "/secret\">]><ServiceGroup xmlns=\"http://busdox.org/serviceMetadata/publishing/1.0/\">"
                    + "&x;</ServiceGroup>");

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageContaining("DOCTYPE");
            smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
            smp.verify(0, getRequestedFor(urlEqualTo("/secret")));
        }

        @Test
        @DisplayName("when the SMP does not answer within the timeout")
        void timeout() {
            smp.stubFor(get(urlEqualTo(ACME_PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(4_000)
                    .withBody(serviceGroup(smp.baseUrl() + "/", INVOICE))));

            assertThatThrownBy(() -> lookup().lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageContaining("SMP " + smp.baseUrl() + ACME_PATH + " did not answer within PT2S");
            Journal.awaitServed(smp);
            smp.verify(1, getRequestedFor(urlEqualTo(ACME_PATH)));
        }

        @Test
        @DisplayName("when DNS cannot answer, naming the SML name")
        void dnsFailure() {
            ParticipantLookup lookup = new PeppolPluginFactory(name -> {
                throw new UncheckedIOException(new IOException("DNS NAPTR query timed out"));
            }).create(context);

            assertThatThrownBy(() -> lookup.lookUp(ACME)).isInstanceOf(ParticipantLookupException.class)
                    .hasMessageContaining("SML name " + ACME_NAPTR_NAME + " could not be located")
                    .hasMessageContaining("DNS NAPTR query timed out");
            smp.verify(0, anyRequestedFor(anyUrl()));
        }
    }
}
