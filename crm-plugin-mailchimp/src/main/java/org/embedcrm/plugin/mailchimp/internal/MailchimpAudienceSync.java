package org.embedcrm.plugin.mailchimp.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.embedcrm.plugin.mailchimp.internal.MailchimpHttp.Call;
import org.embedcrm.spi.audience.AudienceMember;
import org.embedcrm.spi.audience.AudienceSync;
import org.embedcrm.spi.audience.BulkSyncResult;
import org.embedcrm.spi.audience.SubscriptionStatus;
import org.embedcrm.spi.plugin.PluginContext;

/**
 * Keeps one Mailchimp audience (list) in step with the CRM's contacts through the Marketing API v3. Members are
 * addressed by {@link SubscriberHash}; consent is honoured by sending {@code status_if_new} only, never
 * {@code status}, on an upsert, and by unsubscribing, never adding, a contact who rejected email.
 *
 * <p>Thread-safe. It owns a small pool of threads for bulk syncs, which {@link #close()} stops.
 */
public final class MailchimpAudienceSync implements AudienceSync, AutoCloseable {

    private final MailchimpSettings settings;
    private final MailchimpHttp http;
    private final Payloads payloads;
    private final ExecutorService workers;

    MailchimpAudienceSync(MailchimpSettings settings, Sleeper sleeper, DoubleSupplier jitter) {
        this.settings = settings;
        this.payloads = new Payloads(settings.mergeFields(), settings.doubleOptIn());
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.http = new MailchimpHttp(client, settings,
                new Backoff(settings.initialBackoff(), settings.maxBackoff(), jitter), sleeper,
                new Failures(settings.apiKey(), payloads));
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.maxConnections(), task -> {
            Thread thread = new Thread(task, "mailchimp-sync-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param context the plugin's settings; never null
     * @return a provider that waits for real between retries, with random jitter; never null
     * @throws IllegalArgumentException naming the first setting that is missing or invalid
     */
    public static MailchimpAudienceSync create(PluginContext context) {
        return new MailchimpAudienceSync(MailchimpSettings.from(context), Sleeper.THREAD,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Override
    public Optional<SubscriptionStatus> upsert(AudienceMember member) {
        ensureOpen();
        SubscriberHash hash = SubscriberHash.of(member.email());
        Optional<String> answer = member.emailRejected()
                ? http.sendIfPresent(new Call("unsubscribe a member", "PATCH", memberPath(hash),
                        payloads.unsubscribe(member)))
                : Optional.of(http.send(new Call("upsert a member", "PUT", memberPath(hash),
                        payloads.upsert(member))));
        Optional<SubscriptionStatus> status = answer.map(payloads::status);
        if (status.isPresent() && !member.tags().isEmpty()) {
            tag(hash, member.tags(), Set.of());
        }
        return status;
    }

    @Override
    public void updateTags(String email, Set<String> added, Set<String> removed) {
        ensureOpen();
        Set<String> both = new HashSet<>(added);
        both.retainAll(removed);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("tags cannot be both added and removed: " + both);
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            tag(SubscriberHash.of(email), added, removed);
        }
    }

    @Override
    public void archive(String email) {
        ensureOpen();
        http.sendIfPresent(new Call("archive a member", "DELETE", memberPath(SubscriberHash.of(email)), null));
    }

    @Override
    public void erase(String email) {
        ensureOpen();
        http.sendIfPresent(new Call("erase a member", "POST",
                memberPath(SubscriberHash.of(email)) + "/actions/delete-permanent", null));
    }

    @Override
    public BulkSyncResult syncAll(List<AudienceMember> members) {
        ensureOpen();
        return new BulkSync(this, workers, chunk -> http.send(new Call("batch-subscribe members", "POST",
                "/lists/" + settings.listId(), payloads.batchSubscribe(chunk))), payloads).run(members);
    }

    /** Stops the bulk sync threads; calls made afterwards fail. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    @Override
    public String toString() {
        return "MailchimpAudienceSync[list " + settings.listId() + " at " + settings.apiRoot() + "]";
    }

    private void tag(SubscriberHash hash, Set<String> added, Set<String> removed) {
        http.send(new Call("tag a member", "POST", memberPath(hash) + "/tags", payloads.tags(added, removed)));
    }

    private String memberPath(SubscriberHash hash) {
        return "/lists/" + settings.listId() + "/members/" + hash.value();
    }

    private void ensureOpen() {
        if (workers.isShutdown()) {
            throw new IllegalStateException(this + " is closed");
        }
    }
}
