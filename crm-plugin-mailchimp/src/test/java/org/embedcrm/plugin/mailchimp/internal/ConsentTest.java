package org.embedcrm.plugin.mailchimp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.LIST_PATH;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.MEMBERS;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.member;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.notFound;

import java.util.List;
import java.util.Set;
import org.embedcrm.plugin.mailchimp.internal.MailchimpStub.RecordingSleeper;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.SubscriptionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("consent")
class ConsentTest {

    private static final String JANE = "jane.doe@example.com";
    private static final String JANE_PATH = MEMBERS + SubscriberHash.of(JANE).value();

    @RegisterExtension
    static final MailchimpStub MAILCHIMP = new MailchimpStub();

    private final MailchimpAudienceSync audience = MAILCHIMP.audience(new RecordingSleeper());

    @Test
    @DisplayName("a contact who rejected email and is a member gets unsubscribed, never PUT with a subscribe")
    void rejectedMemberIsUnsubscribed() {
        MAILCHIMP.stubFor(patch(urlEqualTo(JANE_PATH))
                .withRequestBody(equalToJson("""
                        {"status": "unsubscribed", "merge_fields": {"FNAME": "Jane", "LNAME": "Doe"}}"""))
                .willReturn(okJson(member(JANE, "unsubscribed"))));

        assertThat(audience.upsert(AudienceMember.of(JANE, "Jane", "Doe").rejectingEmail()))
                .contains(SubscriptionStatus.UNSUBSCRIBED);
        MAILCHIMP.verify(1, patchRequestedFor(urlEqualTo(JANE_PATH)));
        MAILCHIMP.verify(0, putRequestedFor(urlEqualTo(JANE_PATH)));
    }

    @Test
    @DisplayName("a contact who rejected email and is not in the audience is not added, nor tagged")
    void rejectedNonMemberIsNotAdded() {
        MAILCHIMP.stubFor(patch(urlEqualTo(JANE_PATH)).willReturn(notFound()));

        assertThat(audience.upsert(AudienceMember.of(JANE, "Jane", "Doe").withTags(Set.of("vip")).rejectingEmail()))
                .isEmpty();
        MAILCHIMP.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("an upsert sends status_if_new and no status, so an unsubscribed member stays unsubscribed")
    void unsubscribedMemberStaysUnsubscribed() {
        MAILCHIMP.stubFor(put(JANE_PATH).willReturn(okJson(member(JANE, "unsubscribed"))));

        assertThat(audience.upsert(AudienceMember.of(JANE, "Jane", "Doe")))
                .contains(SubscriptionStatus.UNSUBSCRIBED);
        String body = MAILCHIMP.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).contains("\"status_if_new\":\"subscribed\"").doesNotContain("\"status\"");
    }

    @Test
    @DisplayName("with double opt-in, a new member is pending until it confirms")
    void doubleOptIn() {
        MailchimpAudienceSync doubleOptIn = MAILCHIMP.audienceWith("double-opt-in", "true", new RecordingSleeper());
        MAILCHIMP.stubFor(put(JANE_PATH)
                .withRequestBody(equalToJson("""
                        {"email_address": "jane.doe@example.com", "status_if_new": "pending",
                         "merge_fields": {"FNAME": "Jane", "LNAME": "Doe"}}"""))
                .willReturn(okJson(member(JANE, "pending"))));

        assertThat(doubleOptIn.upsert(AudienceMember.of(JANE, "Jane", "Doe"))).contains(SubscriptionStatus.PENDING);
    }

    @Test
    @DisplayName("a contact who rejected email is never part of a batch subscribe")
    void rejectedContactNeverBatchSubscribed() {
        MAILCHIMP.stubFor(post(urlEqualTo(LIST_PATH)).willReturn(okJson("{\"errors\": []}")));
        MAILCHIMP.stubFor(patch(urlEqualTo(JANE_PATH)).willReturn(okJson(member(JANE, "unsubscribed"))));

        audience.syncAll(List.of(AudienceMember.of(JANE, "Jane", "Doe").rejectingEmail(),
                AudienceMember.of("john@example.com", "John", "Roe")));

        MAILCHIMP.verify(1, postRequestedFor(urlEqualTo(LIST_PATH))
                .withRequestBody(containing("john@example.com"))
                .withRequestBody(notContaining(JANE)));
        MAILCHIMP.verify(1, patchRequestedFor(urlEqualTo(JANE_PATH)));
    }
}
