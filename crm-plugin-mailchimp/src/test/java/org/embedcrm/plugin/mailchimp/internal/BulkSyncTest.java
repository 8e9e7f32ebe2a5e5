package org.embedcrm.plugin.mailchimp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.AUTHORIZATION;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.LIST_PATH;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.MEMBERS;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.member;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.notFound;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.problemAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.embedcrm.plugin.mailchimp.internal.MailchimpStub.RecordingSleeper;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.AudienceSyncException;
import org.embedcrm.spi.audience.BulkSyncResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("a bulk sync")
class BulkSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTHING_REFUSED = "{\"new_members\": [], \"updated_members\": [], \"errors\": [],"
            + " \"total_created\": 0, \"total_updated\": 0, \"error_count\": 0}";

    @RegisterExtension
    static final MailchimpStub MAILCHIMP = new MailchimpStub();

    private final MailchimpAudienceSync audience = MAILCHIMP.audience(new RecordingSleeper());

    @Test
    @DisplayName("of 1,201 members makes 3 batch subscribe calls of at most 500, creating new members only")
    void batchesOfAtMost500() throws IOException {
        MAILCHIMP.stubFor(post(LIST_PATH).withHeader("Authorization", equalTo(AUTHORIZATION))
                .willReturn(okJson(NOTHING_REFUSED)));
        List<AudienceMember> members = IntStream.range(0, 1201)
                .mapToObj(i -> AudienceMember.of("member" + i + "@example.com", "First" + i, "Last" + i)).toList();

        BulkSyncResult result = audience.syncAll(members);

        assertThat(result).isEqualTo(new BulkSyncResult(1201, 0, Map.of()));
        List<JsonNode> batches = new ArrayList<>();
        for (ServeEvent event : MAILCHIMP.getAllServeEvents()) {
            batches.add(JSON.readTree(event.getRequest().getBodyAsString()));
        }
        assertThat(batches).hasSize(3)
                .allSatisfy(batch -> assertThat(batch.get("update_existing").asBoolean(true)).isFalse());
        assertThat(batches).extracting(batch -> batch.get("members").size())
                .containsExactlyInAnyOrder(500, 500, 201);
        JsonNode first = batches.stream().flatMap(batch -> StreamSupport
                        .stream(batch.get("members").spliterator(), false))
                .filter(member -> member.get("email_address").asText().equals("member0@example.com"))
                .findFirst().orElseThrow();
        assertThat(first.get("status").asText()).isEqualTo("subscribed");
        assertThat(first.get("merge_fields").get("FNAME").asText()).isEqualTo("First0");
    }

    @Test
    @DisplayName("reports each member Mailchimp refused, with its reason, and syncs the others")
    void reportsPerEmailErrors() {
        MAILCHIMP.stubFor(post(LIST_PATH).willReturn(okJson("""
                {"new_members": [{"email_address": "ok@example.com", "status": "subscribed"}],
                 "updated_members": [],
                 "errors": [{"email_address": "fake@example.com", "error": "fake@example.com looks fake or invalid",
                             "error_code": "ERROR_GENERIC"}],
                 "total_created": 1, "total_updated": 0, "error_count": 1}""")));

        BulkSyncResult result = audience.syncAll(List.of(AudienceMember.of("ok@example.com", "Ok", "Member"),
                AudienceMember.of("fake@example.com", "Fake", "Member")));

        assertThat(result.synced()).isEqualTo(1);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.errors()).containsOnlyKeys("fake@example.com");
        assertThat(result.errors().get("fake@example.com")).contains("looks fake or invalid", "ERROR_GENERIC");
    }

    @Test
    @DisplayName("upserts one by one the members that already exist, so their status is kept and fields updated")
    void existingMembersAreUpserted() {
        String existing = "Known@Example.com";
        String existingPath = MEMBERS + SubscriberHash.of(existing).value();
        MAILCHIMP.stubFor(post(LIST_PATH).willReturn(okJson("""
                {"new_members": [], "updated_members": [],
                 "errors": [{"email_address": "known@example.com", "error": "already a list member",
                             "error_code": "ERROR_CONTACT_EXISTS"}],
                 "total_created": 0, "total_updated": 0, "error_count": 1}""")));
        MAILCHIMP.stubFor(put(existingPath).willReturn(okJson(member(existing, "unsubscribed"))));
        MAILCHIMP.stubFor(post(existingPath + "/tags").willReturn(aResponse().withStatus(204)));

        BulkSyncResult result = audience.syncAll(List.of(
                AudienceMember.of(existing, "Known", "Member").withTags(Set.of("customer"))));

        assertThat(result).isEqualTo(new BulkSyncResult(1, 0, Map.of()));
        MAILCHIMP.verify(1, putRequestedFor(urlEqualTo(existingPath)));
        MAILCHIMP.verify(1, postRequestedFor(urlEqualTo(existingPath + "/tags")));
    }

    @Test
    @DisplayName("unsubscribes members who rejected email and skips those not in the audience and repeated emails")
    void rejectedAndRepeatedMembers() {
        String member = "was-subscribed@example.com";
        String stranger = "never-added@example.com";
        MAILCHIMP.stubFor(post(LIST_PATH).willReturn(okJson(NOTHING_REFUSED)));
        MAILCHIMP.stubFor(patch(urlEqualTo(MEMBERS + SubscriberHash.of(member).value()))
                .willReturn(okJson(member(member, "unsubscribed"))));
        MAILCHIMP.stubFor(patch(urlEqualTo(MEMBERS + SubscriberHash.of(stranger).value())).willReturn(notFound()));

        BulkSyncResult result = audience.syncAll(List.of(
                AudienceMember.of("jane@example.com", "Jane", "Doe"),
                AudienceMember.of("JANE@example.com", "Jane", "Again"),
                AudienceMember.of(member, "Was", "Subscribed").rejectingEmail(),
                AudienceMember.of(stranger, "Never", "Added").rejectingEmail()));

        assertThat(result).isEqualTo(new BulkSyncResult(2, 2, Map.of()));
        MAILCHIMP.verify(1, postRequestedFor(urlEqualTo(LIST_PATH)));
    }

    @Test
    @DisplayName("of no members makes no call")
    void nothingToSync() {
        assertThat(audience.syncAll(List.of())).isEqualTo(new BulkSyncResult(0, 0, Map.of()));
        MAILCHIMP.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("fails as a whole when Mailchimp refuses a whole batch, e.g. an unknown audience")
    void wholeBatchRefused() {
        MAILCHIMP.stubFor(post(LIST_PATH).willReturn(notFound()));

        assertThatThrownBy(() -> audience.syncAll(List.of(AudienceMember.of("jane@example.com", "Jane", "Doe"))))
                .isInstanceOfSatisfying(AudienceSyncException.class,
                        e -> assertThat(e.code()).isEqualTo(AudienceSyncException.NOT_FOUND))
                .hasMessageContaining("batch-subscribe members");
    }

    @Test
    @DisplayName("reports a member whose one-by-one upsert Mailchimp refused, and goes on with the others")
    void oneByOneRefusal() {
        String existing = "known@example.com";
        MAILCHIMP.stubFor(post(LIST_PATH).willReturn(okJson("""
                {"errors": [{"email_address": "known@example.com", "error": "exists",
                             "error_code": "ERROR_CONTACT_EXISTS"}]}""")));
        MAILCHIMP.stubFor(put(MEMBERS + SubscriberHash.of(existing).value()).willReturn(problemAnswer(400,
                "Member In Compliance State", "known@example.com is in a compliance state.")));

        BulkSyncResult result = audience.syncAll(List.of(AudienceMember.of(existing, "Known", "Member"),
                AudienceMember.of("new@example.com", "New", "Member")));

        assertThat(result.synced()).isEqualTo(1);
        assertThat(result.errors()).containsOnlyKeys(existing);
        assertThat(result.errors().get(existing)).contains("HTTP 400 Member In Compliance State");
    }
}
