package org.embedcrm.examples.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.embedcrm.core.Crm;
import org.embedcrm.core.outbox.DeliveryReport;
import org.embedcrm.core.outbox.OutboxEntry;
import org.embedcrm.core.outbox.OutboxState;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactFilter;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactQuery;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.spi.audience.BulkSyncResult;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The snippets of {@code docs/mailchimp.md}: the plugin found on the class path, Mailchimp played by WireMock. */
@org.junit.jupiter.api.Tag("plugins")
@DisplayName("docs/mailchimp.md")
class MailchimpSnippetTest {

    private static final String LIST = "/3.0/lists/a1b2c3d4e5";

    @RegisterExtension
    static final WireMockExtension MAILCHIMP = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final SettableClock clock = fixture.clock();
    private final String apiKey = "0123456789abcdef0123456789abcdef-us6";
    private final String mailchimpUrl = MAILCHIMP.baseUrl() + "/3.0";
    private Crm crm;

    @BeforeEach
    void wire() {
        CrmStore store = fixture.store();
        ExecutionContext context = fixture.context();

        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .clock(clock)
                .phoneRegion("BE")
                .setting("mailchimp.api-key", apiKey) // from your secrets store; never logged
                .setting("mailchimp.list-id", "a1b2c3d4e5")
                .setting("mailchimp.merge-fields", "PHONE=phone, COUNTRY=country")
                .setting("mailchimp.max-attempts", "2") // the outbox retries later, within its lease
                .setting("mailchimp.base-url", mailchimpUrl) // only to call a stub or a proxy
                .build(); // crm-plugin-mailchimp is on the class path: ServiceLoader finds it

        this.crm = crm;
    }

    @AfterEach
    void close() {
        crm.close();
    }

    private static String member(String email) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(email.toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return LIST + "/members/" + HexFormat.of().formatHex(md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String answer(String email, String status) {
        return "{\"email_address\": \"" + email + "\", \"status\": \"" + status + "\"}";
    }

    private DeliveryReport aMinuteLater() {
        clock.advance(Duration.ofMinutes(1));
        return crm.outbox().deliverDue(clock.instant());
    }

    @Test
    @DisplayName("a contact saved is upserted by the next deliverDue: a PUT on the member hash, then its tags")
    void upsert() {
        String ann = member("ann.smith@globex.example");
        MAILCHIMP.stubFor(put(ann).willReturn(okJson(answer("Ann.Smith@globex.example", "subscribed"))));
        MAILCHIMP.stubFor(post(ann + "/tags").willReturn(aResponse().withStatus(204)));
        Tag vip = crm.contactSettings().defineTag("VIP", null);

        Contact contact = crm.contacts().create(ContactInput.person("Ann", "Smith").email("Ann.Smith@globex.example")
                .phone("0470 12 34 56").country("BE").tag(vip.id()).build());
        MAILCHIMP.verify(0, putRequestedFor(urlEqualTo(ann))); // nothing yet: audience changes wait for deliverDue
        DeliveryReport report = crm.outbox().deliverDue(clock.instant()); // your scheduler, once a minute

        assertThat(report).isEqualTo(new DeliveryReport(1, 0, 0));
        MAILCHIMP.verify(1, putRequestedFor(urlEqualTo(ann)).withRequestBody(equalToJson("""
                {"email_address": "Ann.Smith@globex.example", "status_if_new": "subscribed",
                 "merge_fields": {"FNAME": "Ann", "LNAME": "Smith", "PHONE": "+32470123456", "COUNTRY": "BE"}}""")));
        MAILCHIMP.verify(1, postRequestedFor(urlEqualTo(ann + "/tags")).withRequestBody(equalToJson("""
                {"tags": [{"name": "VIP", "status": "active"}]}""")));
        assertThat(contact.tags()).containsExactly(vip.id());
    }

    @Test
    @DisplayName("consent: a contact who refuses e-mail is unsubscribed, never added; archiving and erasing remove it")
    void consentAndRemoval() {
        String ann = member("ann.smith@globex.example");
        MAILCHIMP.stubFor(put(ann).willReturn(okJson(answer("ann.smith@globex.example", "subscribed"))));
        MAILCHIMP.stubFor(patch(urlEqualTo(ann)).willReturn(okJson(answer("ann.smith@globex.example",
                "unsubscribed"))));
        MAILCHIMP.stubFor(delete(ann).willReturn(aResponse().withStatus(204)));
        MAILCHIMP.stubFor(post(ann + "/actions/delete-permanent").willReturn(aResponse().withStatus(204)));
        Contact contact = crm.contacts().create(ContactInput.person("Ann", "Smith").email("ann.smith@globex.example")
                .build());
        aMinuteLater();

        crm.contacts().recordConsent(contact.id(), false, true); // Ann refuses e-mails from now on
        aMinuteLater();
        crm.contacts().archive(contact.id());
        aMinuteLater();
        crm.audience().erase("ann.smith@globex.example"); // an erasure request: gone for good
        aMinuteLater();

        MAILCHIMP.verify(1, putRequestedFor(urlEqualTo(ann)));
        MAILCHIMP.verify(1, patchRequestedFor(urlEqualTo(ann)).withRequestBody(equalToJson("""
                {"status": "unsubscribed", "merge_fields": {"FNAME": "Ann", "LNAME": "Smith"}}""")));
        MAILCHIMP.verify(1, deleteRequestedFor(urlEqualTo(ann)));
        MAILCHIMP.verify(1, postRequestedFor(urlEqualTo(ann + "/actions/delete-permanent")));
        assertThat(crm.outbox().counts()).isEqualTo(Map.of(OutboxState.DELIVERED, 4L));
    }

    @Test
    @DisplayName("an outage: the plugin's own attempts, then the outbox's retries, nothing lost")
    void outage() {
        String ann = member("ann.smith@globex.example");
        MAILCHIMP.stubFor(put(ann).willReturn(aResponse().withStatus(503)));
        crm.contacts().create(ContactInput.person("Ann", "Smith").email("ann.smith@globex.example").build());

        DeliveryReport down = crm.outbox().deliverDue(clock.instant());
        OutboxEntry waiting = crm.outbox().entries(OutboxState.PENDING, 10).get(0);
        MAILCHIMP.stubFor(put(ann).willReturn(okJson(answer("ann.smith@globex.example", "subscribed"))));
        clock.advance(Duration.ofSeconds(30));
        DeliveryReport back = crm.outbox().deliverDue(clock.instant());

        assertThat(down).isEqualTo(new DeliveryReport(0, 1, 0));
        assertThat(waiting.lastError()).startsWith("org.embedcrm.spi.audience.AudienceSyncException: Mailchimp could"
                + " not upsert a member: HTTP 503 (gave up after 2 attempts)");
        assertThat(back).isEqualTo(new DeliveryReport(1, 0, 0));
        MAILCHIMP.verify(3, putRequestedFor(urlEqualTo(ann)));
    }

    @Test
    @DisplayName("a bulk sync sends every contact a query finds, 500 a call, new members by batch subscribe")
    void bulk() {
        MAILCHIMP.stubFor(post(LIST).willReturn(okJson("{\"new_members\": [], \"updated_members\": [],"
                + " \"errors\": [], \"error_count\": 0}")));
        for (int i = 1; i <= 3; i++) {
            crm.contacts().create(ContactInput.person("Customer", "No " + i).email("customer" + i + "@example.org")
                    .build());
        }
        crm.contacts().create(ContactInput.company("No Mail Ltd").phone("+32 2 555 12 12").build());

        List<BulkSyncResult> results = crm.audience().syncAll(ContactQuery.firstPage(ContactFilter.activeContacts()));
        BulkSyncResult mailchimp = results.get(0); // one result per audience plugin
        System.out.println(mailchimp.synced() + " synced, " + mailchimp.skipped() + " skipped, "
                + mailchimp.failed() + " refused: " + mailchimp.errors());

        assertThat(results).containsExactly(new BulkSyncResult(3, 0, Map.of()));
        MAILCHIMP.verify(1, postRequestedFor(urlEqualTo(LIST)));
    }
}
