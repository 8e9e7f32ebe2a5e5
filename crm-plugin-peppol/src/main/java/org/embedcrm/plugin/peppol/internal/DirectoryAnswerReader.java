package org.embedcrm.plugin.peppol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.embedcrm.spi.einvoicing.DocumentType;
import org.embedcrm.spi.einvoicing.ParticipantId;

/**
 * Reads a PEPPOL Directory JSON search answer ({@code /search/1.0/json}): the match whose {@code participantID}
 * is the participant looked up, and its {@code docTypes}. Identifiers compare regardless of case, as PEPPOL's
 * ISO 6523 identifiers do.
 */
final class DirectoryAnswerReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DirectoryAnswerReader() {
    }

    /**
     * @param json        the response body; never null
     * @param participant the participant searched for; never null
     * @return its document types, without duplicates; empty when the Directory lists no such participant
     * @throws MalformedResponseException when the body is not a Directory search answer
     */
    static Optional<List<DocumentType>> documentTypes(byte[] json, ParticipantId participant) {
        JsonNode matches = read(json).path("matches");
        if (!matches.isArray()) {
            throw new MalformedResponseException("the answer has no \"matches\" array");
        }
        for (JsonNode match : matches) {
            JsonNode id = match.path("participantID");
            if (sameText(id, "scheme", participant.scheme()) && sameText(id, "value", participant.value())) {
                return Optional.of(documentTypes(match.path("docTypes")));
            }
        }
        return Optional.empty();
    }

    private static List<DocumentType> documentTypes(JsonNode docTypes) {
        Set<DocumentType> documentTypes = new LinkedHashSet<>();
        for (JsonNode docType : docTypes) {
            try {
                documentTypes.add(new DocumentType(docType.path("scheme").asText(), docType.path("value").asText()));
            } catch (IllegalArgumentException e) {
                throw new MalformedResponseException("a docTypes entry names no document type: " + docType, e);
            }
        }
        return List.copyOf(documentTypes);
    }

    private static boolean sameText(JsonNode node, String field, String expected) {
        return node.path(field).asText().toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT));
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new MalformedResponseException("not JSON: " + e.getMessage(), e);
        }
    }
}
