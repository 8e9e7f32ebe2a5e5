package org.embedcrm.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.embedcrm.core.Crm;
import org.embedcrm.core.einvoicing.PeppolStatus;
import org.embedcrm.core.outbox.DeliveryReport;
import org.embedcrm.core.outbox.OutboxState;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.persistence.jpa.JpaCrmStore;
import org.embedcrm.plugin.mailchimp.MailchimpPluginFactory;
import org.embedcrm.plugin.peppol.PeppolPluginFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both plugins in a {@link Crm} on H2 through the JPA store, Mailchimp's Marketing API and the PEPPOL Directory played
 * by one WireMock server: a contact's change reaches Mailchimp through the outbox, a PEPPOL check reads the Directory
 * and stores the status.
 */
@Tag("plugins")
@DisplayName("the Mailchimp and PEPPOL plugins in a Crm on H2")
class PluginsIntegrationTest {

    private static final String API_KEY = "0123456789abcdef0123456789abcdef-us6";
    /** The subscriber hash of ann.smith@globex.example: the MD5 of the lower-cased address. */
    private static final String ANN = "/3.0/lists/a1b2c3d4e5/members/" + md5("ann.smith@globex.example");
    private static final String ACME_SEARCH =
            "/peppol/search/1.0/json?participant=iso6523-actorid-upis%3A%3A9925%3ABE0428759497";
    private static final String INVOICE = "busdox-docid-qns::urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::"
            + "Invoice##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";

    @RegisterExtension
    static final WireMockExtension REMOTE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private final DemoClock clock = DemoClock.startingAt(Instant.parse("2026-03-02T08:45:00Z"));
    private final JpaCrmStore store = JpaCrmStore.standalone(h2());
    private final ExecutionContext context = ExecutionContext.fixed(TenantId.of("acme"), UserRef.of("alice"));

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static JdbcDataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:plugins-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Crm.Builder settings(Crm.Builder builder) {
        return builder
                .setting("mailchimp.api-key", API_KEY)
                .setting("mailchimp.list-id", "a1b2c3d4e5")
                .setting("mailchimp.base-url", REMOTE.baseUrl() + "/3.0")
                .setting("mailchimp.max-attempts", "2")
                .setting("peppol.mode", "directory")
                .setting("peppol.directory-url", REMOTE.baseUrl() + "/peppol")
                .setting("peppol.timeout", "PT3S");
    }

    private static void stubRemotes() {
        REMOTE.stubFor(get(urlPathEqualTo("/peppol/search/1.0/json")).withQueryParam("participant",
                containing("0208")).willReturn(okJson("{\"version\":\"1.0\",\"total-result-count\":0,"
                + "\"matches\":[]}")));
        REMOTE.stubFor(put(urlMatching("/3.0/lists/a1b2c3d4e5/members/[0-9a-f]{32}")).atPriority(9)
                .willReturn(okJson("{\"status\": \"subscribed\"}")));
        REMOTE.stubFor(put(ANN).willReturn(okJson("{\"email_address\": \"ann.smith@globex.example\","
                + " \"status\": \"subscribed\"}")));
        REMOTE.stubFor(get(urlEqualTo(ACME_SEARCH)).willReturn(okJson("{\"version\":\"1.0\",\"total-result-count\":1,"
                + "\"matches\":[{\"participantID\":{\"scheme\":\"iso6523-actorid-upis\",\"value\":\"9925:BE0428759497\"},"
                + "\"docTypes\":[{\"scheme\":\"busdox-docid-qns\",\"value\":\"" + INVOICE.substring(18) + "\"}]}]}")));
    }

    @Test
    @DisplayName("found by ServiceLoader: a new contact reaches Mailchimp at the next deliverDue; a PEPPOL check is stored")
    void discovered() {
        stubRemotes();
        try (Crm crm = settings(Crm.builder().store(store).context(context).clock(clock).phoneRegion("BE")).build()) {
            Contact ann = crm.contacts().create(ContactInput.person("Ann", "Smith").email("ann.smith@globex.example")
                    .build());
            Contact acme = crm.contacts().create(ContactInput.company("ACME NV").email("ap@acme.example")
                    .vatNumber("BE 0428.759.497").build());

            REMOTE.verify(0, putRequestedFor(urlEqualTo(ANN)));
            assertThat(crm.outbox().counts()).isEqualTo(Map.of(OutboxState.PENDING, 2L));
            DeliveryReport report = crm.outbox().deliverDue(clock.instant());
            PeppolStatus checked = crm.einvoicing().check(acme.id()).orElseThrow();

            assertThat(report).isEqualTo(new DeliveryReport(2, 0, 0));
            REMOTE.verify(1, putRequestedFor(urlEqualTo(ANN))
                    .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString(
                            ("embedcrm:" + API_KEY).getBytes(StandardCharsets.UTF_8))))
                    .withRequestBody(equalToJson("{\"email_address\": \"ann.smith@globex.example\","
                            + " \"status_if_new\": \"subscribed\", \"merge_fields\": {\"FNAME\": \"Ann\","
                            + " \"LNAME\": \"Smith\"}}")));
            REMOTE.verify(1, putRequestedFor(urlEqualTo("/3.0/lists/a1b2c3d4e5/members/" + md5("ap@acme.example"))));
            REMOTE.verify(1, getRequestedFor(urlEqualTo(ACME_SEARCH)));
            assertThat(checked.registered()).isTrue();
            assertThat(checked.participant()).isEqualTo("iso6523-actorid-upis::9925:BE0428759497");
            assertThat(checked.documentTypes()).containsExactly(INVOICE);
            assertThat(checked.source()).isEqualTo("DIRECTORY");
            assertThat(crm.einvoicing().statuses(List.of(ann.id(), acme.id()))).as("read back from H2")
                    .containsOnlyKeys(acme.id()).containsValue(checked);
        }
    }

    @Test
    @DisplayName("registered explicitly on the builder, with discovery off, they behave the same")
    void registered() {
        stubRemotes();
        REMOTE.stubFor(put(urlEqualTo("/3.0/lists/a1b2c3d4e5/members/" + md5("ap@acme.example")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\": \"Invalid Resource\", \"status\": 400, \"detail\": \"Blocked\"}")));
        Crm.Builder builder = Crm.builder().store(store).context(context).clock(clock)
                .discoverPlugins(false)
                .plugin(new MailchimpPluginFactory())
                .plugin(new PeppolPluginFactory());

        try (Crm crm = settings(builder).build()) {
            crm.contacts().create(ContactInput.person("Ann", "Smith").email("ann.smith@globex.example").build());
            Contact acme = crm.contacts().create(ContactInput.company("ACME NV").email("ap@acme.example")
                    .vatNumber("BE0428759497").build());

            DeliveryReport report = crm.outbox().deliverDue(clock.instant());

            assertThat(report).as("Mailchimp refused ACME's address for good: a dead letter at once, not retried")
                    .isEqualTo(new DeliveryReport(1, 0, 1));
            assertThat(crm.outbox().entries(OutboxState.DEAD, 10)).singleElement()
                    .satisfies(entry -> assertThat(entry.lastError()).contains("audience.rejected")
                            .contains("HTTP 400 Invalid Resource: Blocked").doesNotContain(API_KEY));
            assertThat(crm.einvoicing().check(acme.id())).hasValueSatisfying(s -> assertThat(s.registered()).isTrue());
        }
    }
}
