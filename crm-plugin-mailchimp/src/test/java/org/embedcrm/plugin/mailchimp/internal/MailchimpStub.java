package org.embedcrm.plugin.mailchimp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.spi.plugin.PluginContext;

/** A WireMock server playing Mailchimp's Marketing API, and providers pointed at it that never really wait. */
final class MailchimpStub {

    /** A key of the documented shape, for data center us6. */
    static final String API_KEY = "0123456789abcdef0123456789abcdef-us6";
    static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString(("embedcrm:" + API_KEY).getBytes(StandardCharsets.UTF_8));
    static final String LIST = "a1b2c3d4e5";
    static final String LIST_PATH = "/3.0/lists/" + LIST;
    static final String MEMBERS = LIST_PATH + "/members/";
    static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

    private MailchimpStub() {
    }

    /**
     * @param extensions WireMock extensions, e.g. a counter of requests in flight
     * @return a server on a free port, with threads enough to serve more than 10 calls at once
     */
    static WireMockExtension server(Extension... extensions) {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().containerThreads(64).extensions(extensions))
                .build();
    }

    /** @return valid settings pointing at the server: key, list, base URL and 3 attempts */
    static Map<String, String> settings(WireMockExtension server) {
        Map<String, String> settings = new HashMap<>();
        settings.put("api-key", API_KEY);
        settings.put("list-id", LIST);
        settings.put("base-url", server.baseUrl() + "/3.0");
        settings.put("max-attempts", "3");
        return settings;
    }

    static MailchimpAudienceSync provider(WireMockExtension server, Sleeper sleeper) {
        return provider(settings(server), sleeper);
    }

    static MailchimpAudienceSync provider(Map<String, String> settings, Sleeper sleeper) {
        return new MailchimpAudienceSync(MailchimpSettings.from(context(settings)), sleeper, () -> 0.5);
    }

    static PluginContext context(Map<String, String> settings) {
        return new PluginContext() {
            @Override
            public String pluginId() {
                return "mailchimp";
            }

            @Override
            public Optional<String> setting(String name) {
                return Optional.ofNullable(settings.get(name));
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }
        };
    }

    /** @return the member object Mailchimp answers an upsert with, in the status given */
    static String member(String email, String status) {
        return "{\"id\":\"" + SubscriberHash.of(email).value() + "\",\"email_address\":\"" + email
                + "\",\"status\":\"" + status + "\",\"list_id\":\"" + LIST + "\"}";
    }

    /** @return a problem document with Mailchimp's five fields */
    private static String problem(int status, String title, String detail) {
        return "{\"type\":\"https://mailchimp.com/developer/marketing/docs/errors/\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\",\"instance\":\"3b4dcb40-0b6b-4820-bfaa-41267b3826ea\"}";
    }

    /** @return an answer with a problem document, as Mailchimp sends for every error it explains */
    static ResponseDefinitionBuilder problemAnswer(int status, String title, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", PROBLEM_JSON)
                .withBody(problem(status, title, detail));
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
