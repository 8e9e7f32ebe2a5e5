package org.embedcrm.plugin.peppol.internal;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.embedcrm.spi.einvoicing.DocumentType;
import org.embedcrm.spi.einvoicing.ParticipantId;
import org.embedcrm.spi.einvoicing.ParticipantLookupException;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;
import org.embedcrm.spi.einvoicing.RegistrationSource;

/**
 * Asks the PEPPOL Directory: {@code GET {directory}/search/1.0/json?participant={percent-encoded scheme::value}}.
 * A participant missing from the matches (the Directory answers 200 with none) counts as not registered, although
 * an SMP may hold participants it never published to the Directory.
 */
final class DirectoryRegistry implements Registry {

    private final URI directory;
    private final HttpGateway http;
    private final Clock clock;

    DirectoryRegistry(URI directory, HttpGateway http, Clock clock) {
        String base = directory.toString();
        this.directory = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.http = http;
        this.clock = clock;
    }

    @Override
    public ParticipantRegistration find(ParticipantId participant) {
        URI search = URI.create(directory + "/search/1.0/json?participant="
                + PercentEncoding.encode(participant.asText()));
        HttpResponse<byte[]> response = http.get(search, "application/json", participant, "PEPPOL Directory");
        if (response.statusCode() != 200) {
            throw new ParticipantLookupException(participant, "PEPPOL Directory " + search + " answered HTTP "
                    + response.statusCode() + (response.statusCode() == 429 ? " (search rate limit exceeded)" : ""));
        }
        Optional<List<DocumentType>> documentTypes;
        try {
            documentTypes = DirectoryAnswerReader.documentTypes(response.body(), participant);
        } catch (MalformedResponseException e) {
            throw new ParticipantLookupException(participant,
                    "PEPPOL Directory " + search + " sent an answer that cannot be read: " + e.getMessage(), e);
        }
        return documentTypes
                .map(types -> ParticipantRegistration.registered(participant, types, clock.instant(),
                        RegistrationSource.DIRECTORY))
                .orElseGet(() -> ParticipantRegistration.notRegistered(participant, clock.instant(),
                        RegistrationSource.DIRECTORY));
    }
}
