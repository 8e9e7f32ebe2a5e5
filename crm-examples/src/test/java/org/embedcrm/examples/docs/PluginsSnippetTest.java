package org.embedcrm.examples.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.outbox.DeliveryReport;
import org.embedcrm.core.outbox.OutboxEntry;
import org.embedcrm.core.outbox.OutboxState;
import org.embedcrm.core.outbox.RetryPolicy;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.ExecutionContext;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.spi.audience.AudienceSync;
import org.embedcrm.spi.audience.SubscriptionStatus;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.notification.Notifier;
import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;
import org.embedcrm.testkit.CrmFixture;
import org.embedcrm.testkit.RecordingAudience;
import org.embedcrm.testkit.StubPlugin;
import org.embedcrm.testkit.inmemory.InMemoryCrmStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of {@code docs/plugins.md}, on the in-memory store, with a WireMock server as the chat webhook. */
@DisplayName("docs/plugins.md")
class PluginsSnippetTest {

    @RegisterExtension
    static final WireMockExtension CHAT = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private final CrmFixture fixture = CrmFixture.inMemory();
    private final Clock clock = fixture.clock();
    private final String webhookUrl = CHAT.baseUrl() + "/hooks/sales";

    private void chatAnswers(int status) {
        CHAT.stubFor(post(urlEqualTo("/hooks/sales")).willReturn(aResponse().withStatus(status)));
    }

    @Test
    @DisplayName("a plugin registered on the builder gets its settings and posts each notification once, with its key")
    void registered() {
        chatAnswers(200);
        CrmStore store = fixture.store();
        ExecutionContext context = fixture.context();

        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .plugin(new ChatNotifierFactory()) // or let ServiceLoader find it
                .setting("chat.webhook-url", webhookUrl) // settings are named <plugin id>.<setting>
                .setting("chat.timeout", "PT2S")
                .build();

        Lead lead = crm.leads().create(LeadInput.titled("Fleet renewal").assignedTo(UserRef.of("bob"))).lead();

        CHAT.verify(1, postRequestedFor(urlEqualTo("/hooks/sales"))
                .withRequestBody(equalTo("{\"text\": \"@bob Lead 'Fleet renewal' was assigned to you by alice\"}")));
        String key = CHAT.getAllServeEvents().get(0).getRequest().getHeader("Idempotency-Key");
        assertThat(crm.outbox().entries(OutboxState.DELIVERED, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.idempotencyKey()).isEqualTo(key));
        assertThat(lead.assignee()).isEqualTo(UserRef.of("bob"));
        crm.close();
    }

    @Test
    @DisplayName("a missing or invalid setting fails Crm.build(), naming the setting")
    void settingsChecked() {
        Crm.Builder builder = Crm.builder().store(new InMemoryCrmStore()).context(fixture.context())
                .plugin(new ChatNotifierFactory());

        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessage("plugin chat needs the setting chat.webhook-url");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.setting("chat.webhook-url", webhookUrl)
                .setting("chat.timeout", "PT0S").build()).withMessageContaining("chat.timeout");
        assertThatIllegalArgumentException().isThrownBy(() -> Crm.builder().store(new InMemoryCrmStore())
                .context(fixture.context()).plugin(new StubPlugin<>("clock", Runnable.class, () -> { })).build())
                .withMessageContaining("not an extension point");
    }

    @Test
    @DisplayName("a plugin listed in META-INF/services is found by ServiceLoader; one registered with its id wins")
    void discovered(@TempDir Path classes) throws IOException {
        chatAnswers(200);
        Path services = classes.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("org.embedcrm.spi.plugin.PluginFactory"),
                ChatNotifierFactory.class.getName() + "\n");
        List<Notification> registered = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader withService = new URLClassLoader(new URL[] {classes.toUri().toURL()}, original)) {
            thread.setContextClassLoader(withService);
            Crm discovering = Crm.builder().store(fixture.store()).context(fixture.context())
                    .setting("chat.webhook-url", webhookUrl).build();
            Crm overriding = Crm.builder().store(fixture.store()).context(fixture.context())
                    .plugin(new StubPlugin<>("chat", Notifier.class, registered::add)).build();
            thread.setContextClassLoader(original);
            assertThatIllegalArgumentException().as("discovered, but without its settings").isThrownBy(() -> {
                thread.setContextClassLoader(withService);
                try {
                    Crm.builder().store(fixture.store()).context(fixture.context()).build();
                } finally {
                    thread.setContextClassLoader(original);
                }
            }).withMessage("plugin chat needs the setting chat.webhook-url");

            discovering.leads().create(LeadInput.titled("Seen by the chat").assignedTo(UserRef.of("bob")));
            overriding.leads().create(LeadInput.titled("Seen by the stub").assignedTo(UserRef.of("carol")));

            CHAT.verify(1, postRequestedFor(urlEqualTo("/hooks/sales")));
            assertThat(registered).extracting(Notification::recipient).containsExactly("carol");
            discovering.close();
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Test
    @DisplayName("while the webhook is down nothing is lost: the outbox retries with backoff, then keeps a dead letter")
    void outbox() {
        chatAnswers(503);
        CrmStore store = fixture.store();
        ExecutionContext context = fixture.context();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;

        Crm crm = Crm.builder()
                .store(store)
                .context(context)
                .clock(clock)
                .retryPolicy(new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(2)))
                .plugin(new ChatNotifierFactory())
                .setting("chat.webhook-url", webhookUrl)
                .build();

        Lead lead = crm.leads().create(LeadInput.titled("Fleet renewal").assignedTo(UserRef.of("bob"))).lead();
        assertThat(crm.leads().get(lead.id()).assignee()).as("committed all the same").isEqualTo(UserRef.of("bob"));
        assertThat(crm.outbox().counts()).isEqualTo(Map.of(OutboxState.PENDING, 1L));
        List<DeliveryReport> rounds = new ArrayList<>();
        for (int minute = 1; minute <= 20; minute++) {
            fixture.clock().advance(Duration.ofMinutes(1));
            rounds.add(crm.outbox().deliverDue(clock.instant()));
        }
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // the host's scheduler, on every node, e.g. once a minute, for each tenant
            DeliveryReport report = crm.outbox().deliverDue(clock.instant());
            for (OutboxEntry dead : crm.outbox().entries(OutboxState.DEAD, 50)) { // fix the cause, then requeue
                System.out.println(dead.topic() + ", " + dead.attempts() + " attempts: " + dead.lastError());
                crm.outbox().requeue(dead.id());
            }
            assertThat(report).isEqualTo(new DeliveryReport(0, 0, 0));
        } finally {
            System.setOut(console);
        }

        assertThat(rounds.stream().mapToInt(DeliveryReport::retried).sum()).as("attempts 2 to 4").isEqualTo(3);
        assertThat(rounds.stream().mapToInt(DeliveryReport::dead).sum()).as("attempt 5").isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly("notification, 5 attempts:"
                + " java.lang.IllegalStateException: the chat webhook answered HTTP 503");
        CHAT.verify(5, postRequestedFor(urlEqualTo("/hooks/sales")));
        chatAnswers(200);
        assertThat(crm.outbox().deliverDue(clock.instant())).isEqualTo(new DeliveryReport(1, 0, 0));
        assertThat(CHAT.getAllServeEvents()).extracting(event -> event.getRequest().getHeader("Idempotency-Key"))
                .as("one key for every attempt").hasSize(6).containsOnly(CHAT.getAllServeEvents().get(0).getRequest()
                        .getHeader("Idempotency-Key"));
        assertThat(crm.outbox().counts()).isEqualTo(Map.of(OutboxState.DELIVERED, 1L));
        crm.close();
    }

    @Test
    @DisplayName("the default retry policy waits 30 s, doubling, and gives up after the eighth attempt, 63.5 minutes on")
    void defaultPolicy() {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; attempt < RetryPolicy.DEFAULT.maxAttempts(); attempt++) {
            waited = waited.plus(RetryPolicy.DEFAULT.delayAfter(attempt));
        }

        assertThat(waited).isEqualTo(Duration.ofMinutes(63).plusSeconds(30));
        assertThat(RetryPolicy.DEFAULT.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(RetryPolicy.DEFAULT.delayAfter(20)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("a plugin's provider is tested against the in-memory store, with its remote side played by a fake")
    void testkit() {
        RecordingAudience audience = new RecordingAudience(); // keeps the consent rules, records every call
        Crm crm = Crm.builder()
                .store(new InMemoryCrmStore())
                .context(fixture.context())
                .clock(fixture.clock())
                .discoverPlugins(false)
                .plugin(new StubPlugin<>("audience", AudienceSync.class, audience))
                .build();

        Contact ann = crm.contacts().create(ContactInput.person("Ann", "Smith").email("ann@globex.example").build());
        audience.down(true); // the audience is unreachable
        fixture.clock().advance(Duration.ofMinutes(1));
        DeliveryReport failed = crm.outbox().deliverDue(fixture.clock().instant());
        audience.down(false);
        fixture.clock().advance(Duration.ofMinutes(1));
        DeliveryReport delivered = crm.outbox().deliverDue(fixture.clock().instant());

        assertThat(failed).isEqualTo(new DeliveryReport(0, 1, 0));
        assertThat(delivered).isEqualTo(new DeliveryReport(1, 0, 0));
        assertThat(audience.calls()).containsExactly("upsert ann@globex.example");
        assertThat(audience.status("ann@globex.example")).contains(SubscriptionStatus.SUBSCRIBED);
        assertThat(ann.profile().emails()).hasSize(1);
    }

    @Test
    @DisplayName("Crm.close() closes the providers that hold resources, the last created first")
    void lifecycle() {
        List<String> closed = new ArrayList<>();
        Crm crm = Crm.builder().store(new InMemoryCrmStore()).context(fixture.context())
                .plugin(new HostPlugin<>("first", Notifier.class, new ClosingNotifier("first", closed)))
                .plugin(new OrderedPlugin(-1, new ClosingNotifier("early", closed)))
                .plugin(new HostPlugin<>("second", Notifier.class, new ClosingNotifier("second", closed)))
                .build();

        crm.close();

        assertThat(closed).containsExactly("second", "first", "early");
    }

    /** A notifier that notes when it is closed. */
    private record ClosingNotifier(String name, List<String> closed) implements Notifier, AutoCloseable {

        @Override
        public void send(Notification notification) {
        }

        @Override
        public void close() {
            closed.add(name);
        }
    }

    /** A plugin with an order of its own. */
    private record OrderedPlugin(int order, Notifier provider) implements PluginFactory<Notifier> {

        @Override
        public String id() {
            return "z-ordered";
        }

        @Override
        public Class<Notifier> providerType() {
            return Notifier.class;
        }

        @Override
        public Notifier create(PluginContext context) {
            return provider;
        }
    }
}
