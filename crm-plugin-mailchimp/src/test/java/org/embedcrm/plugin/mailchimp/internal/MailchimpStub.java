package org.embedcrm.plugin.mailchimp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.embedcrm.plugin.mailchimp.SettingsContext;

/**
 * A WireMock server playing Mailchimp's Marketing API, handing out providers pointed at it that never really wait,
 * and closing them after each test.
 */
final class MailchimpStub extends WireMockExtension {

    /** A key of the documented shape, for data center us6. */
    static final String API_KEY = "0123456789abcdef0123456789abcdef-us6";
    static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString(("embedcrm:" + API_KEY).getBytes(StandardCharsets.UTF_8));
    static final String LIST = "a1b2c3d4e5";
    static final String LIST_PATH = "/3.0/lists/" + LIST;
    static final String MEMBERS = LIST_PATH + "/members/";
    static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

    private final List<MailchimpAudienceSync> opened = new CopyOnWriteArrayList<>();

    /** @param extensions WireMock extensions, e.g. a counter of requests in flight */
    MailchimpStub(Extension... extensions) {
        super(extensionOptions().options(wireMockConfig().dynamicPort().containerThreads(64)
                .extensions(extensions)));
    }

    /** @return valid settings pointing at this stub: key, list, base URL and 3 attempts; a map to change */
    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("api-key", API_KEY);
        settings.put("list-id", LIST);
        settings.put("base-url", baseUrl() + "/3.0");
        settings.put("max-attempts", "3");
        return settings;
    }

    /** @return a provider with the {@link #settings()} and a jitter of 0.5, closed after the test */
    MailchimpAudienceSync audience(Sleeper sleeper) {
        return audience(settings(), sleeper);
    }

    /** @return a provider with the {@link #settings()} but one, closed after the test */
    MailchimpAudienceSync audienceWith(String setting, String value, Sleeper sleeper) {
        Map<String, String> settings = settings();
        settings.put(setting, value);
        return audience(settings, sleeper);
    }

    private MailchimpAudienceSync audience(Map<String, String> settings, Sleeper sleeper) {
        MailchimpAudienceSync audience = new MailchimpAudienceSync(
                MailchimpSettings.from(new SettingsContext(settings)), sleeper, () -> 0.5);
        opened.add(audience);
        return audience;
    }

    @Override
    protected void onAfterEach(WireMockRuntimeInfo wireMockRuntimeInfo) {
        opened.forEach(MailchimpAudienceSync::close);
        opened.clear();
    }

    /** @return the member object Mailchimp answers an upsert with, in the status given */
    static String member(String email, String status) {
        return "{\"id\":\"" + SubscriberHash.of(email).value() + "\",\"email_address\":\"" + email
                + "\",\"status\":\"" + status + "\",\"list_id\":\"" + LIST + "\"}";
    }

    /** @return an answer with a problem document of Mailchimp's five fields, as sent for every error it explains */
    static ResponseDefinitionBuilder problemAnswer(int status, String title, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", PROBLEM_JSON)
                .withBody("{\"type\":\"https://mailchimp.com/developer/marketing/docs/errors/\",\"title\":\""
                        + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                        + "\",\"instance\":\"3b4dcb40-0b6b-4820-bfaa-41267b3826ea\"}");
    }

    /** @return Mailchimp's answer for a member, or a list, that does not exist */
    static ResponseDefinitionBuilder notFound() {
        return problemAnswer(404, "Resource Not Found", "The requested resource could not be found.");
    }

    /** A sleeper that records each wait and returns at once. */
    static final class RecordingSleeper implements Sleeper {

        private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }

        List<Duration> waits() {
            return List.copyOf(waits);
        }
    }
}
