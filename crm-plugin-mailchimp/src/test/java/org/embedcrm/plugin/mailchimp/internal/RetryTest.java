package org.embedcrm.plugin.mailchimp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.API_KEY;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.MEMBERS;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.PROBLEM_JSON;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.member;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.problemAnswer;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.embedcrm.plugin.mailchimp.internal.MailchimpStub.RecordingSleeper;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.AudienceSyncException;
import org.embedcrm.spi.audience.SubscriptionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("a call Mailchimp throttles or fails")
class RetryTest {

    private static final String JANE = "jane@example.com";
    private static final String JANE_PATH = MEMBERS + SubscriberHash.of(JANE).value();
    private static final AudienceMember JANE_DOE = AudienceMember.of(JANE, "Jane", "Doe");

    @RegisterExtension
    static final MailchimpStub MAILCHIMP = new MailchimpStub();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final MailchimpAudienceSync audience = MAILCHIMP.audience(sleeper);

    @Test
    @DisplayName("answered 429 then 200 is retried once, after a backoff, and succeeds")
    void throttledThenAccepted() {
        answerOnceThenAccept(aResponse().withStatus(429));

        assertThat(audience.upsert(JANE_DOE)).contains(SubscriptionStatus.SUBSCRIBED);

        MAILCHIMP.verify(2, putRequestedFor(urlEqualTo(JANE_PATH)));
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(750));
    }

    @Test
    @DisplayName("answered a bare 403, Mailchimp's throttle at very high volume, is retried too")
    void bareForbiddenIsThrottling() {
        answerOnceThenAccept(aResponse().withStatus(403));

        assertThat(audience.upsert(JANE_DOE)).contains(SubscriptionStatus.SUBSCRIBED);

        MAILCHIMP.verify(2, putRequestedFor(urlEqualTo(JANE_PATH)));
    }

    @Test
    @DisplayName("answered 500 every time fails as retryable after the configured attempts, waiting longer each time")
    void serverErrorsExhaustAttempts() {
        MAILCHIMP.stubFor(put(JANE_PATH).willReturn(problemAnswer(500, "Internal Server Error", "Try again.")));

        assertThatThrownBy(() -> audience.upsert(JANE_DOE)).isInstanceOfSatisfying(AudienceSyncException.class, e -> {
            assertThat(e.code()).isEqualTo(AudienceSyncException.UNAVAILABLE);
            assertThat(e.retryable()).isTrue();
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.getMessage()).isEqualTo("Mailchimp could not upsert a member: HTTP 500 Internal Server Error:"
                    + " Try again. (gave up after 3 attempts)");
        });
        MAILCHIMP.verify(3, putRequestedFor(urlEqualTo(JANE_PATH)));
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500));
    }

    @Test
    @DisplayName("answered 400 with a problem document fails at once, not retryable, with Mailchimp's explanation")
    void problemDocumentIsClear() {
        MAILCHIMP.stubFor(put(JANE_PATH).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody("""
                        {"type": "https://mailchimp.com/developer/marketing/docs/errors/", "title": "Invalid Resource",
                         "status": 400, "detail": "Your merge fields were invalid.",
                         "instance": "2b4c8a0e-1a35-4b10-9a8e-5cbbbc8a7a90",
                         "errors": [{"field": "COMPANY", "message": "Please enter a value"}]}""")));

        assertThatThrownBy(() -> audience.upsert(JANE_DOE)).isInstanceOfSatisfying(AudienceSyncException.class, e -> {
            assertThat(e.code()).isEqualTo(AudienceSyncException.REJECTED);
            assertThat(e.retryable()).isFalse();
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.title()).isEqualTo("Invalid Resource");
            assertThat(e.detail()).isEqualTo("Your merge fields were invalid. (COMPANY: Please enter a value)");
            assertThat(e.getMessage()).isEqualTo("Mailchimp could not upsert a member: HTTP 400 Invalid Resource:"
                    + " Your merge fields were invalid. (COMPANY: Please enter a value)");
        });
        MAILCHIMP.verify(1, putRequestedFor(urlEqualTo(JANE_PATH)));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @DisplayName("answered 403 with a problem document is a permission problem, not retried")
    void explainedForbiddenIsNotRetried() {
        MAILCHIMP.stubFor(put(JANE_PATH).willReturn(problemAnswer(403, "Forbidden",
                "You don't have permission to access this resource.")));

        assertThatThrownBy(() -> audience.upsert(JANE_DOE)).isInstanceOfSatisfying(AudienceSyncException.class,
                e -> assertThat(e.code()).isEqualTo(AudienceSyncException.UNAUTHORIZED));
        MAILCHIMP.verify(1, putRequestedFor(urlEqualTo(JANE_PATH)));
    }

    @Test
    @DisplayName("never lets the API key into a message, even when the answer quotes it")
    void keyNeverInMessages() {
        MAILCHIMP.stubFor(put(JANE_PATH).willReturn(problemAnswer(401, "API Key Invalid",
                "Your API key " + API_KEY + " may be invalid.")));

        assertThatThrownBy(() -> audience.upsert(JANE_DOE)).isInstanceOfSatisfying(AudienceSyncException.class, e -> {
            assertThat(e.code()).isEqualTo(AudienceSyncException.UNAUTHORIZED);
            assertThat(e.getMessage()).contains("Your API key [api key] may be invalid").doesNotContain(API_KEY);
            assertThat(e.detail()).doesNotContain(API_KEY);
            assertThat(e.toString()).doesNotContain(API_KEY);
        });
        assertThat(audience.toString()).doesNotContain(API_KEY).doesNotContain("0123456789abcdef");
    }

    @Test
    @DisplayName("that gets no answer at all fails as unreachable and retryable after the configured attempts")
    void unreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MailchimpAudienceSync unreachable = MAILCHIMP.audienceWith("base-url",
                "http://127.0.0.1:" + closedPort + "/3.0", sleeper);

        assertThatThrownBy(() -> unreachable.upsert(JANE_DOE))
                .isInstanceOfSatisfying(AudienceSyncException.class, e -> {
                    assertThat(e.code()).isEqualTo(AudienceSyncException.UNREACHABLE);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.status()).isZero();
                    assertThat(e.getMessage()).endsWith("(gave up after 3 attempts)").doesNotContain(API_KEY);
                });
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    @DisplayName("interrupted while waiting to retry fails at once and keeps the thread's interrupt")
    void interruptedWhileWaiting() {
        MailchimpAudienceSync interrupted = MAILCHIMP.audience(duration -> {
            throw new InterruptedException("host shutting down");
        });
        MAILCHIMP.stubFor(put(JANE_PATH).willReturn(aResponse().withStatus(429)));

        try {
            assertThatThrownBy(() -> interrupted.upsert(JANE_DOE)).isInstanceOfSatisfying(AudienceSyncException.class,
                    e -> assertThat(e.code()).isEqualTo(AudienceSyncException.INTERRUPTED));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        MAILCHIMP.verify(1, putRequestedFor(urlEqualTo(JANE_PATH)));
    }

    private static void answerOnceThenAccept(ResponseDefinitionBuilder firstAnswer) {
        MAILCHIMP.stubFor(put(JANE_PATH).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(firstAnswer).willSetStateTo("calm"));
        MAILCHIMP.stubFor(put(JANE_PATH).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson(member(JANE, "subscribed"))));
    }
}
