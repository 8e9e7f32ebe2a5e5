package org.embedcrm.examples.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.testkit.assertion.CrmAssertions.assertThatCrmError;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.core.Crm;
import org.embedcrm.core.einvoicing.PeppolStatus;
import org.embedcrm.core.error.ExternalServiceException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.plugin.peppol.PeppolPluginFactory;
import org.embedcrm.spi.einvoicing.BusinessIdentifier;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.SettableClock;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The snippets of {@code docs/peppol.md}: the plugin found on the class path, the Directory and an SMP on WireMock. */
@org.junit.jupiter.api.Tag("plugins")
@DisplayName("docs/peppol.md")
class PeppolSnippetTest {

    /** ACME NV's VAT number as a participant id under scheme 9925, percent-encoded as a Directory query has it. */
    static final String ACME_SEARCH = "/search/1.0/json?participant=iso6523-actorid-upis%3A%3A9925%3ABE0428759497";
    static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##"
            + "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";
    static final String CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote##"
            + "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";

    @RegisterExtension
    static final WireMockExtension PEPPOL = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final SettableClock clock = fixture.clock();
    private final String directoryUrl = PEPPOL.baseUrl();

    /** @return the Directory's answer listing ACME with the document types given */
    static String directoryMatch(String... documentTypes) {
        StringBuilder docTypes = new StringBuilder();
        for (String type : documentTypes) {
            docTypes.append(docTypes.isEmpty() ? "" : ",").append("{\"scheme\":\"busdox-docid-qns\",\"value\":\"")
                    .append(type).append("\"}");
        }
        return "{\"version\":\"1.0\",\"total-result-count\":1,\"matches\":[{\"participantID\":{\"scheme\":"
                + "\"iso6523-actorid-upis\",\"value\":\"9925:BE0428759497\"},\"docTypes\":[" + docTypes + "],"
                + "\"entities\":[{\"name\":[{\"name\":\"ACME NV\"}],\"countryCode\":\"BE\"}]}]}";
    }

    private Crm directoryCrm() {
        CrmStore store = fixture.store();
        ExecutionContext context = fixture.context();

        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .clock(clock)
                .discoverPlugins(false) // no Mailchimp here; the PEPPOL plugin registered explicitly
                .plugin(new PeppolPluginFactory())
                .setting("peppol.mode", "directory") // the PEPPOL Directory's search instead of SML and SMP
                .setting("peppol.directory-url", directoryUrl) // https://directory.peppol.eu by default
                .setting("peppol.cache-ttl", "PT1H")
                .setting("peppol.timeout", "PT3S")
                .build();

        return crm;
    }

    /** Belgian companies are looked up by enterprise number (0208) first; these are listed under 9925 only. */
    @BeforeEach
    void noEnterpriseNumberMatches() {
        PEPPOL.stubFor(get(urlPathEqualTo("/search/1.0/json")).withQueryParam("participant", containing("0208"))
                .willReturn(okJson("{\"version\":\"1.0\",\"total-result-count\":0,\"matches\":[]}")));
    }

    @Test
    @DisplayName("a company's VAT number is looked up in the Directory, and the answer stored for its list page")
    void directory() {
        PEPPOL.stubFor(get(urlEqualTo(ACME_SEARCH)).willReturn(okJson(directoryMatch(INVOICE, CREDIT_NOTE))));
        Crm crm = directoryCrm();
        Contact acme = crm.contacts().create(ContactInput.company("ACME NV").email("ap@acme.example")
                .vatNumber("BE 0428.759.497").build());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Optional<PeppolStatus> checked = crm.einvoicing().check(acme.id()); // asks the network now
            PeppolStatus status = checked.orElseThrow(); // empty: no VAT number, or no PEPPOL scheme for it
            System.out.println(status.participant() + " registered " + status.registered() + " (" + status.source()
                    + ", " + status.checkedAt() + ")");
            status.documentTypes().forEach(type -> System.out.println("  " + type));
            Map<ContactId, PeppolStatus> page = crm.einvoicing().statuses(List.of(acme.id())); // stored answers
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "iso6523-actorid-upis::9925:BE0428759497 registered true (DIRECTORY, 2026-03-02T09:00:00Z)",
                "  busdox-docid-qns::" + INVOICE,
                "  busdox-docid-qns::" + CREDIT_NOTE);
        crm.einvoicing().check(acme.id());
        PEPPOL.verify(1, getRequestedFor(urlEqualTo(ACME_SEARCH))); // the second answer came from the cache
        assertThat(crm.einvoicing().status(acme.id()).orElseThrow().registered()).isTrue();
    }

    @Test
    @DisplayName("a company the Directory does not list is stored as not registered; a failing Directory stores nothing")
    void notRegisteredAndFailures() {
        PEPPOL.stubFor(get(urlEqualTo(ACME_SEARCH)).willReturn(okJson("{\"version\":\"1.0\",\"total-result-count\":0,"
                + "\"matches\":[]}")));
        Crm crm = directoryCrm();
        Contact acme = crm.contacts().create(ContactInput.company("ACME NV").email("ap@acme.example")
                .vatNumber("BE0428759497").build());
        Contact noVat = crm.contacts().create(ContactInput.company("Cash & Carry").email("info@cash.example")
                .build());
        Contact initech = crm.contacts().create(ContactInput.company("Initech").email("info@initech.example")
                .vatNumber("BE0403170701").build());
        PEPPOL.stubFor(get(urlEqualTo("/search/1.0/json?participant=iso6523-actorid-upis%3A%3A9925%3ABE0403170701"))
                .willReturn(aResponse().withStatus(503)));

        assertThat(crm.einvoicing().check(acme.id())).hasValueSatisfying(s -> assertThat(s.registered()).isFalse());
        assertThat(crm.einvoicing().check(noVat.id())).isEmpty();
        assertThatCrmError(() -> crm.einvoicing().check(initech.id())).isA(ExternalServiceException.class)
                .hasCode("external-service.failed").satisfies(e -> assertThat(e.getMessage()).isEqualTo(
                        "PEPPOL lookup of iso6523-actorid-upis::9925:BE0403170701 failed: PEPPOL Directory "
                                + directoryUrl + "/search/1.0/json?participant=iso6523-actorid-upis%3A%3A9925"
                                + "%3ABE0403170701 answered HTTP 503"));
        assertThat(crm.einvoicing().status(initech.id())).isEmpty();
        assertThat(crm.einvoicing().statuses(List.of(acme.id(), noVat.id(), initech.id()))).containsOnlyKeys(acme.id());
    }

    @Test
    @DisplayName("in SMP mode, the participant's SMP is asked for its ServiceGroup")
    void smp() {
        PEPPOL.stubFor(get(urlEqualTo("/smp/iso6523-actorid-upis%3A%3A9925%3ABE0428759497")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/xml").withBody(serviceGroup(PEPPOL.baseUrl()
                        + "/smp/"))));
        String smpUrl = PEPPOL.baseUrl() + "/smp/";

        Crm crm = Crm.builder()
                .store(fixture.store())
                .context(fixture.context())
                .discoverPlugins(false)
                .plugin(new PeppolPluginFactory())
                .setting("peppol.smp-url", smpUrl) // one SMP for every participant: a test SMP, or your own
                .build();

        Contact acme = crm.contacts().create(ContactInput.company("ACME NV").email("ap@acme.example")
                .vatNumber("BE0428759497").build());
        PeppolStatus status = crm.einvoicing().check(acme.id()).orElseThrow();

        assertThat(status.source()).isEqualTo("SMP");
        assertThat(status.documentTypes()).containsExactly("busdox-docid-qns::" + INVOICE);
    }

    @Test
    @DisplayName("without a lookup plugin a check is refused; a number the plugin refuses is a validation error")
    void errors() {
        Crm none = Crm.builder().store(new InMemoryCrmStore()).context(fixture.context()).discoverPlugins(false)
                .build();
        Contact acme = none.contacts().create(ContactInput.company("ACME NV").email("ap@acme.example")
                .vatNumber("BE0428759497").build());
        assertThatCrmError(() -> none.einvoicing().check(acme.id())).isA(RuleViolationException.class)
                .hasCode("einvoicing.no-lookup");

        ParticipantLookup strict = new ParticipantLookup() {
            @Override
            public Optional<ParticipantId> participantFor(BusinessIdentifier identifier) {
                throw new IllegalArgumentException(identifier.country() + " VAT number '" + identifier.value()
                        + "' has wrong check digits");
            }

            @Override
            public ParticipantRegistration lookUp(ParticipantId participant) {
                throw new AssertionError("never asked");
            }
        };
        Crm refusing = Crm.builder().store(new InMemoryCrmStore()).context(fixture.context()).discoverPlugins(false)
                .plugin(new HostPlugin<>("strict", ParticipantLookup.class, strict)).build();
        Contact other = refusing.contacts().create(ContactInput.company("ACME NV").email("ap@acme.example")
                .vatNumber("BE0428759497").build());
        assertThatCrmError(() -> refusing.einvoicing().check(other.id())).isA(ValidationException.class)
                .hasViolation("vatNumber", "einvoicing.number-invalid");
    }

    private static String serviceGroup(String smp) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ServiceGroup xmlns=\"http://busdox.org/serviceMetadata/publishing/1.0/\""
                + " xmlns:ids=\"http://busdox.org/transport/identifiers/1.0/\">\n"
                + "  <ids:ParticipantIdentifier scheme=\"iso6523-actorid-upis\">9925:BE0428759497"
                + "</ids:ParticipantIdentifier>\n  <ServiceMetadataReferenceCollection>\n"
                + "    <ServiceMetadataReference href=\"" + smp + "iso6523-actorid-upis%3A%3A9925%3ABE0428759497"
                + "/services/" + java.net.URLEncoder.encode("busdox-docid-qns::" + INVOICE, StandardCharsets.UTF_8)
                + "\"/>\n  </ServiceMetadataReferenceCollection>\n</ServiceGroup>\n";
    }
}
