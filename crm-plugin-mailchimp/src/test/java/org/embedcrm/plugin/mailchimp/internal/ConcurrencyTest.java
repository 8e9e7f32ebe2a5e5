package org.embedcrm.plugin.mailchimp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embedcrm.plugin.mailchimp.internal.MailchimpStub.LIST_PATH;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.embedcrm.plugin.mailchimp.internal.MailchimpStub.RecordingSleeper;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.BulkSyncResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the connection limit")
class ConcurrencyTest {

    private static final InFlight IN_FLIGHT = new InFlight();

    @RegisterExtension
    static final MailchimpStub MAILCHIMP = new MailchimpStub(IN_FLIGHT);

    @BeforeEach
    void stub() {
        MAILCHIMP.stubFor(put(urlMatching(".*/members/.*"))
                .willReturn(okJson("{\"status\": \"subscribed\"}")));
        MAILCHIMP.stubFor(post(urlMatching(".*/tags")).willReturn(aResponse().withStatus(204)));
    }

    @Test
    @DisplayName("keeps at most 10 calls in flight when 40 threads upsert at once, and uses all 10")
    void tenAtMostFromManyThreads() throws Exception {
        MailchimpAudienceSync audience = MAILCHIMP.audience(new RecordingSleeper());
        IN_FLIGHT.expectPeak(10);
        ExecutorService callers = Executors.newFixedThreadPool(40);
        try {
            List<Future<?>> upserts = IntStream.range(0, 40).<Future<?>>mapToObj(i -> callers.submit(() ->
                    audience.upsert(AudienceMember.of("caller" + i + "@example.com", "Caller", "" + i)))).toList();
            for (Future<?> upsert : upserts) {
                upsert.get();
            }
        } finally {
            callers.shutdown();
        }

        assertThat(IN_FLIGHT.peak()).isEqualTo(10);
    }

    @Test
    @DisplayName("keeps to a lower max-connections setting during a bulk sync's one-by-one upserts")
    void lowerLimitDuringBulkSync() {
        MailchimpAudienceSync audience = MAILCHIMP.audienceWith("max-connections", "3", new RecordingSleeper());
        IN_FLIGHT.expectPeak(3);
        List<AudienceMember> members = IntStream.range(0, 30).mapToObj(i -> AudienceMember
                .of("known" + i + "@example.com", "Known", "" + i)).toList();
        MAILCHIMP.stubFor(post(LIST_PATH).willReturn(okJson("{\"errors\": [" + String.join(",", members.stream()
                .map(member -> "{\"email_address\": \"" + member.email()
                        + "\", \"error_code\": \"ERROR_CONTACT_EXISTS\"}")
                .toList()) + "]}")));

        BulkSyncResult result = audience.syncAll(members);

        assertThat(result.synced()).isEqualTo(30);
        assertThat(IN_FLIGHT.peak()).isEqualTo(3);
    }

    /**
     * Counts the upserts (PUTs) the stub is serving at once. The first {@code expected} ones wait for each other,
     * so that a client allowing that many reaches the peak for sure; each then lingers a little, so that a client
     * allowing more would show it.
     */
    static final class InFlight implements ResponseDefinitionTransformerV2 {

        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger peak = new AtomicInteger();
        private volatile CountDownLatch gathering = new CountDownLatch(0);

        void expectPeak(int expected) {
            peak.set(0);
            gathering = new CountDownLatch(expected);
        }

        int peak() {
            return peak.get();
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            if (!RequestMethod.PUT.equals(serveEvent.getRequest().getMethod())) {
                return serveEvent.getResponseDefinition();
            }
            peak.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                CountDownLatch latch = gathering;
                latch.countDown();
                latch.await(10, TimeUnit.SECONDS);
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
            return serveEvent.getResponseDefinition();
        }

        @Override
        public String getName() {
            return "in-flight";
        }
    }
}
