package org.embedcrm.io.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.settings.SettingsDocument;

/**
 * Writes and reads the settings document as JSON: indented and without null values on the way out; on the way in
 * strict about what the format allows (no unknown property, no null for a flag or number, nothing after the
 * document) and about its format and version, which are checked before anything else. Documents of an earlier
 * version are read as the current one.
 */
public final class SettingsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private SettingsJson() {
    }

    /**
     * @param document the document; never null
     * @param out      where to write it as UTF-8 JSON; never null; flushed and left open
     * @throws CrmIoException {@code export.write-failed} when the stream refuses to be written
     */
    public static void write(SettingsDocument document, OutputStream out) {
        try {
            MAPPER.writeValue(out, document);
            out.flush();
        } catch (IOException e) {
            throw new CrmIoException("export.write-failed", "writing the settings failed: " + e.getMessage(), 0, e);
        }
    }

    /**
     * @param in the JSON document; never null; left open
     * @return the document as written, of the current version, not yet checked against the rules
     * @throws CrmIoException {@code settings.json.malformed} when it is not JSON of this shape,
     *                        {@code settings.version.unsupported} when it is another format, or a version this
     *                        library does not read
     */
    public static SettingsDocument read(InputStream in) {
        try {
            JsonNode tree = MAPPER.readTree(in);
            if (tree == null || !tree.isObject()) {
                throw malformed("the document is not a JSON object", null);
            }
            if (!SettingsDocument.FORMAT.equals(tree.path("format").asText(null))) {
                throw new CrmIoException("settings.version.unsupported", "not an EmbedCRM settings document: its"
                        + " \"format\" is not \"" + SettingsDocument.FORMAT + "\"", 0, null);
            }
            int version = tree.path("version").isInt() ? tree.path("version").asInt() : -1;
            if (version < SettingsDocument.OLDEST_VERSION || version > SettingsDocument.VERSION) {
                throw new CrmIoException("settings.version.unsupported", "settings document version "
                        + tree.path("version") + " is not supported; this library reads versions "
                        + SettingsDocument.OLDEST_VERSION + " to " + SettingsDocument.VERSION, 0, null);
            }
            refuseNewer(tree, version, 2, "activityCategories");
            refuseNewer(tree, version, 3, "displayPreferences");
            refuseNewer(tree, version, 3, "timelineVisibility");
            return upgraded(MAPPER.treeToValue(tree, SettingsDocument.class));
        } catch (JsonMappingException e) {
            throw malformed("at " + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw malformed(e.getOriginalMessage() + location(e), e);
        } catch (IOException e) {
            throw new CrmIoException("import.read-failed", "reading the settings failed: " + e.getMessage(), 0, e);
        }
    }

    /** Refuses a part that documents of this version cannot hold, since it came with a later one. */
    private static void refuseNewer(JsonNode tree, int version, int since, String part) {
        if (version < since && tree.has(part)) {
            throw malformed("at " + part + ": version " + version + " documents have no " + part + "; write"
                    + " \"version\" : " + SettingsDocument.VERSION, null);
        }
    }

    /**
     * Reads an older document as the current version: what it lacks stays null (left out), so an import leaves it
     * alone. The parts a version lacks are refused by {@link #refuseNewer}, so they are null already.
     */
    private static SettingsDocument upgraded(SettingsDocument d) {
        return d.version() == SettingsDocument.VERSION ? d : new SettingsDocument(d.format(), SettingsDocument.VERSION,
                d.leadStatuses(), d.leadSources(), d.lostReasons(), d.pipelines(), d.contactStatuses(),
                d.relationshipTypes(), d.customerGroups(), d.tags(), d.activityCategories(), d.displayPreferences(),
                d.timelineVisibility());
    }

        private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the top" : path.toString();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static CrmIoException malformed(String message, Throwable cause) {
        return new CrmIoException("settings.json.malformed", "the settings document is not valid: " + message, 0,
                cause);
    }
}
