package org.embedcrm.plugin.peppol.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantLookupException;

/**
 * The plugin's one way to the network: an HTTP GET with a timeout, whose transport failures become
 * {@link ParticipantLookupException}s naming the registry and its URL. Thread-safe.
 */
final class HttpGateway {

    private final HttpClient client;
    private final Duration timeout;

    /** @param timeout how long to wait for a connection, then for the response; positive */
    HttpGateway(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * @param uri         what to fetch; never null
     * @param accept      the media type asked for; never null
     * @param participant the participant being looked up, for error messages; never null
     * @param registry    the registry's name, e.g. {@code SMP}, for error messages; never null
     * @return the response, whatever its status; never null
     * @throws ParticipantLookupException when the server cannot be reached or does not answer in time
     */
    HttpResponse<byte[]> get(URI uri, String accept, ParticipantId participant, String registry) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(timeout).header("Accept", accept).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ParticipantLookupException(participant,
                    registry + " " + uri + " did not answer within " + timeout, e);
        } catch (IOException e) {
            throw new ParticipantLookupException(participant,
                    registry + " " + uri + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParticipantLookupException(participant,
                    "interrupted while waiting for " + registry + " " + uri, e);
        }
    }
}
