package org.embedcrm.plugin.mailchimp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.AUTHORIZATION;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.MEMBERS;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.notFound;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.problemAnswer;

import java.util.Set;
import org.embedcrm.plugin.mailchimp.internal.MailchimpStub.RecordingSleeper;
import org.embedcrm.spi.audience.AudienceSyncException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("archiving, erasing and tagging a member")
class MemberRemovalTest {

    private static final String JANE = "Jane.Doe@Example.com";
    private static final String JANE_PATH = MEMBERS + SubscriberHash.of("jane.doe@example.com").value();

    @RegisterExtension
    static final MailchimpStub MAILCHIMP = new MailchimpStub();

    private final MailchimpAudienceSync audience = MAILCHIMP.audience(new RecordingSleeper());

    @Test
    @DisplayName("archiving DELETEs the member, as when its contact is deleted")
    void archiveDeletes() {
        MAILCHIMP.stubFor(delete(JANE_PATH).withHeader("Authorization", equalTo(AUTHORIZATION))
                .willReturn(aResponse().withStatus(204)));

        audience.archive(JANE);

        MAILCHIMP.verify(1, deleteRequestedFor(urlEqualTo(JANE_PATH)));
    }

    @Test
    @DisplayName("erasing POSTs the delete-permanent action, without a body, as when its contact is erased")
    void eraseDeletesPermanently() {
        MAILCHIMP.stubFor(post(JANE_PATH + "/actions/delete-permanent")
                .withHeader("Authorization", equalTo(AUTHORIZATION))
                .willReturn(aResponse().withStatus(204)));

        audience.erase(JANE);

        MAILCHIMP.verify(1, postRequestedFor(urlEqualTo(JANE_PATH + "/actions/delete-permanent")));
        assertThat(MAILCHIMP.getAllServeEvents().get(0).getRequest().getBodyAsString()).isEmpty();
        MAILCHIMP.verify(0, deleteRequestedFor(urlEqualTo(JANE_PATH)));
    }

    @Test
    @DisplayName("archiving or erasing a member that is not there does nothing, so a repeated delivery is harmless")
    void removingAnAbsentMemberIsIdempotent() {
        MAILCHIMP.stubFor(delete(JANE_PATH).willReturn(notFound()));
        MAILCHIMP.stubFor(post(JANE_PATH + "/actions/delete-permanent").willReturn(notFound()));

        audience.archive(JANE);
        audience.erase(JANE);

        MAILCHIMP.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("a member Mailchimp will not remove fails clearly, without retries")
    void refusedRemoval() {
        MAILCHIMP.stubFor(delete(JANE_PATH).willReturn(problemAnswer(405, "Method Not Allowed",
                "This list member cannot be removed.")));

        assertThatThrownBy(() -> audience.archive(JANE)).isInstanceOfSatisfying(AudienceSyncException.class, e -> {
            assertThat(e.code()).isEqualTo(AudienceSyncException.REJECTED);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).isEqualTo("Mailchimp could not archive a member: HTTP 405 Method Not Allowed:"
                    + " This list member cannot be removed.");
        });
        MAILCHIMP.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("updating tags marks added ones active and removed ones inactive, in one call")
    void updateTags() {
        MAILCHIMP.stubFor(post(JANE_PATH + "/tags")
                .withRequestBody(equalToJson("""
                        {"tags": [{"name": "customer", "status": "active"}, {"name": "prospect", "status": "inactive"}]}
                        """))
                .willReturn(aResponse().withStatus(204)));

        audience.updateTags(JANE, Set.of("customer"), Set.of("prospect"));

        MAILCHIMP.verify(1, postRequestedFor(urlEqualTo(JANE_PATH + "/tags")));
    }

    @Test
    @DisplayName("a tag both added and removed is refused before any call")
    void contradictoryTags() {
        assertThatThrownBy(() -> audience.updateTags(JANE, Set.of("vip"), Set.of("vip")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vip");
        MAILCHIMP.verify(0, anyRequestedFor(anyUrl()));
    }
}
