package org.embedcrm.examples.docs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.embedcrm.spi.notification.Notification;
import org.embedcrm.spi.notification.Notifier;
import org.embedcrm.spi.plugin.PluginContext;
import org.embedcrm.spi.plugin.PluginFactory;

/** The plugin of {@code docs/plugins.md}: notifications posted to a chat channel's incoming webhook. */
public final class ChatNotifierFactory implements PluginFactory<Notifier> {

    public ChatNotifierFactory() { // for ServiceLoader
    }

    @Override
    public String id() {
        return "chat"; // its settings are chat.webhook-url and chat.timeout
    }

    @Override
    public Class<Notifier> providerType() {
        return Notifier.class;
    }

    @Override
    public Notifier create(PluginContext context) {
        URI webhook = URI.create(context.requiredSetting("webhook-url"));
        Duration timeout = Duration.parse(context.setting("timeout").orElse("PT5S"));
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("setting chat.timeout must be positive: " + timeout);
        }
        return new ChatNotifier(webhook, timeout);
    }

    /** Thread-safe: one HTTP client, whose threads close() stops. */
    private static final class ChatNotifier implements Notifier, AutoCloseable {

        private final URI webhook;
        private final Duration timeout;
        private final ExecutorService threads = Executors.newFixedThreadPool(2);
        private final HttpClient http;

        ChatNotifier(URI webhook, Duration timeout) {
            this.webhook = webhook;
            this.timeout = timeout;
            this.http = HttpClient.newBuilder().executor(threads).connectTimeout(timeout).build();
        }

        @Override
        public void send(Notification notification) {
            HttpRequest post = HttpRequest.newBuilder(webhook).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", notification.attributes().get("idempotencyKey")) // same on retries
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"@" + notification.recipient() + " "
                            + notification.subject().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}"))
                    .build();
            try {
                int status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 300) {
                    throw new IllegalStateException("the chat webhook answered HTTP " + status); // retried later
                }
            } catch (IOException e) {
                throw new IllegalStateException("the chat webhook cannot be reached", e); // retried later
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while posting to the chat webhook", e);
            }
        }

        @Override
        public void close() {
            threads.shutdownNow();
        }
    }
}
