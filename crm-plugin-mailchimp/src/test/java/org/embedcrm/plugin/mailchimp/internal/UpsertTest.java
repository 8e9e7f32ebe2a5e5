package org.embedcrm.plugin.mailchimp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.API_KEY;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.AUTHORIZATION;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.MEMBERS;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.member;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.embedcrm.plugin.mailchimp.internal.MailchimpStub.RecordingSleeper;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.SubscriptionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("upserting a member")
class UpsertTest {

    /** The Mailchimp docs' example address, in mixed case; its lower case hashes to this vector. */
    private static final String URIST = "Urist.McVankab@freddiesjokes.com";
    private static final String URIST_PATH = MEMBERS + "62eeb292278cc15f5817cb78f7790b08";

    @RegisterExtension
    static final MailchimpStub MAILCHIMP = new MailchimpStub();

    private final MailchimpAudienceSync audience = MAILCHIMP.audience(new RecordingSleeper());

    @Test
    @DisplayName("PUTs on the MD5 of the lower-cased email, authenticated, with status_if_new and the names")
    void putsOnTheSubscriberHash() {
        MAILCHIMP.stubFor(put(URIST_PATH)
                .withHeader("Authorization", equalTo(AUTHORIZATION))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"email_address": "Urist.McVankab@freddiesjokes.com", "status_if_new": "subscribed",
                         "merge_fields": {"FNAME": "Urist", "LNAME": "McVankab"}}"""))
                .willReturn(okJson(member(URIST, "subscribed"))));

        assertThat(audience.upsert(AudienceMember.of(URIST, "Urist", "McVankab")))
                .contains(SubscriptionStatus.SUBSCRIBED);
        MAILCHIMP.verify(1, putRequestedFor(urlEqualTo(URIST_PATH)));
        MAILCHIMP.verify(0, postRequestedFor(urlMatching(".*/tags")));
    }

    @Test
    @DisplayName("authenticates with HTTP Basic, the API key as password")
    void basicAuthWithTheKeyAsPassword() {
        MAILCHIMP.stubFor(put(URIST_PATH).willReturn(okJson(member(URIST, "subscribed"))));

        audience.upsert(AudienceMember.of(URIST, "Urist", "McVankab"));

        String header = MAILCHIMP.getAllServeEvents().get(0).getRequest().getHeader("Authorization");
        assertThat(header).startsWith("Basic ");
        String credentials = new String(Base64.getDecoder().decode(header.substring("Basic ".length())),
                StandardCharsets.UTF_8);
        assertThat(credentials).endsWith(":" + API_KEY).doesNotStartWith(":");
    }

    @Test
    @DisplayName("fills the extra merge fields from the attributes the settings map, and only those")
    void mapsExtraMergeFields() {
        MailchimpAudienceSync mapping = MAILCHIMP.audienceWith("merge-fields",
                "COMPANY=company, CITY=city", new RecordingSleeper());
        MAILCHIMP.stubFor(put(URIST_PATH)
                .withRequestBody(equalToJson("""
                        {"email_address": "Urist.McVankab@freddiesjokes.com", "status_if_new": "subscribed",
                         "merge_fields": {"FNAME": "Urist", "LNAME": "McVankab", "COMPANY": "Freddie's Jokes"}}"""))
                .willReturn(okJson(member(URIST, "subscribed"))));

        mapping.upsert(AudienceMember.of(URIST, "Urist", "McVankab")
                .withAttributes(Map.of("company", "Freddie's Jokes", "phone", "+32 9 123 45 67")));

        MAILCHIMP.verify(1, putRequestedFor(urlEqualTo(URIST_PATH)));
    }

    @Test
    @DisplayName("tags the member with a second call, since the PUT body has no tags")
    void tagsWithASecondCall() {
        MAILCHIMP.stubFor(put(URIST_PATH).willReturn(okJson(member(URIST, "subscribed"))));
        MAILCHIMP.stubFor(post(URIST_PATH + "/tags")
                .withHeader("Authorization", equalTo(AUTHORIZATION))
                .withRequestBody(equalToJson("""
                        {"tags": [{"name": "vip", "status": "active"}, {"name": "fleet", "status": "active"}]}""",
                        true, false))
                .willReturn(aResponse().withStatus(204)));

        audience.upsert(AudienceMember.of(URIST, "Urist", "McVankab").withTags(Set.of("vip", "fleet")));

        MAILCHIMP.verify(1, putRequestedFor(urlEqualTo(URIST_PATH))
                .withRequestBody(equalToJson("""
                        {"email_address": "Urist.McVankab@freddiesjokes.com", "status_if_new": "subscribed",
                         "merge_fields": {"FNAME": "Urist", "LNAME": "McVankab"}}""")));
        MAILCHIMP.verify(1, postRequestedFor(urlEqualTo(URIST_PATH + "/tags")));
    }
}
