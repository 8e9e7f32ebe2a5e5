package org.embedcrm.plugin.mailchimp.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.embedcrm.spi.audience.AudienceSyncException;

/**
 * Makes calls to the Marketing API within its limits: at most {@code maxConnections} in flight at once across all
 * threads, throttled and failed calls retried with {@link Backoff}, and every failure that remains turned into an
 * {@link AudienceSyncException} by {@link Failures}.
 */
final class MailchimpHttp {

    private static final System.Logger LOG = System.getLogger(MailchimpHttp.class.getName());
    /** Mailchimp stops any call after 120 seconds. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient client;
    private final URI apiRoot;
    private final ApiKey apiKey;
    private final Semaphore connections;
    private final int maxAttempts;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Failures failures;

    MailchimpHttp(HttpClient client, MailchimpSettings settings, Backoff backoff, Sleeper sleeper,
                  Failures failures) {
        this.client = client;
        this.apiRoot = settings.apiRoot();
        this.apiKey = settings.apiKey();
        this.connections = new Semaphore(settings.maxConnections(), true);
        this.maxAttempts = settings.maxAttempts();
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.failures = failures;
    }

    /**
     * One call to make.
     *
     * @param operation what it is for, e.g. {@code upsert a member}, for messages; never null
     * @param method    the HTTP method; never null
     * @param path      the path below the API root, starting with {@code /}; never null
     * @param body      the JSON body; null for none
     */
    record Call(String operation, String method, String path, String body) {
    }

    /**
     * @param call the call; never null
     * @return the body of Mailchimp's successful answer; never null, empty for 204
     * @throws AudienceSyncException when Mailchimp refused the call, or failed or was unreachable every attempt
     */
    String send(Call call) {
        return exchange(call, false).orElseThrow();
    }

    /**
     * @param call a call on a resource that may not exist; never null
     * @return the body of Mailchimp's successful answer; empty when it answered 404 Not Found
     * @throws AudienceSyncException when Mailchimp refused the call, or failed or was unreachable every attempt
     */
    Optional<String> sendIfPresent(Call call) {
        return exchange(call, true);
    }

    private Optional<String> exchange(Call call, boolean absentIsFine) {
        HttpRequest request = request(call);
        for (int attempt = 1; ; attempt++) {
            AudienceSyncException failure;
            try {
                HttpResponse<String> response = attempt(call, request);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return Optional.of(response.body());
                }
                if (status == 404 && absentIsFine) {
                    return Optional.empty();
                }
                failure = failures.answered(call.operation(), status, response.body(), attempt);
            } catch (IOException e) {
                failure = failures.unreachable(call.operation(), e, attempt);
            }
            if (!failure.retryable() || attempt >= maxAttempts) {
                throw failure;
            }
            pause(call, failure, attempt);
        }
    }

    private HttpResponse<String> attempt(Call call, HttpRequest request) throws IOException {
        try {
            connections.acquire();
            try {
                return client.send(request, BodyHandlers.ofString());
            } finally {
                connections.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failures.interrupted(call.operation(), e);
        }
    }

    private void pause(Call call, AudienceSyncException failure, int attempt) {
        Duration delay = backoff.delayBefore(attempt);
        LOG.log(Level.INFO, () -> "Mailchimp call to " + call.operation() + " failed (" + failure.code() + ", HTTP "
                + failure.status() + "), attempt " + attempt + " of " + maxAttempts + "; retrying in "
                + delay.toMillis() + " ms");
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failures.interrupted(call.operation(), e);
        }
    }

    private HttpRequest request(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiRoot + call.path()))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", apiKey.authorization())
                .header("Accept", "application/json");
        if (call.body() == null) {
            return request.method(call.method(), BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(call.method(), BodyPublishers.ofString(call.body())).build();
    }
}
