package org.embedcrm.io.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How an import reads its file and what it does with the rows. Start from {@link #of(RecordKind)} and change what
 * differs: {@code ImportOptions.of(RecordKind.PERSON).windows1252().delimiter(';').asDryRun()}.
 *
 * @param kind              what the rows are; never null
 * @param charset           the file's encoding when it has no byte order mark (a UTF-8 BOM always means UTF-8);
 *                          never null
 * @param delimiter         the cell separator, or null to detect {@code ,} or {@code ;} from the header row
 * @param dryRun            whether to report what would be created, updated and rejected without storing anything
 * @param chunkSize         rows stored per transaction, 1 to {@value #MAX_CHUNK}
 * @param maxRecordChars    the longest row accepted, in characters, at least {@value #MIN_RECORD_CHARS}; reading
 *                          stops at a longer one, so that a broken quote cannot swallow the whole file into memory
 * @param createMissingTags whether a tag name the tenant lacks is defined (otherwise the row is refused)
 * @param listener          told the counts after each chunk; never null
 */
public record ImportOptions(RecordKind kind, Charset charset, Character delimiter, boolean dryRun, int chunkSize,
                            int maxRecordChars, boolean createMissingTags, ImportListener listener) {

    /** Largest chunk accepted. */
    public static final int MAX_CHUNK = 10_000;
    /** Smallest row length limit accepted. */
    public static final int MIN_RECORD_CHARS = 65_536;
    /** Rows per transaction unless told otherwise. */
    public static final int DEFAULT_CHUNK = 50;
    /** Longest row unless told otherwise: one million characters. */
    public static final int DEFAULT_RECORD_CHARS = 1_000_000;

    /** Rejects missing parts, a chunk size or row limit out of range and a delimiter that cannot separate cells. */
    public ImportOptions {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(listener, "listener");
        if (chunkSize < 1 || chunkSize > MAX_CHUNK) {
            throw new IllegalArgumentException("a chunk holds 1 to " + MAX_CHUNK + " rows: " + chunkSize);
        }
        if (maxRecordChars < MIN_RECORD_CHARS) {
            throw new IllegalArgumentException("rows of at least " + MIN_RECORD_CHARS + " characters are accepted");
        }
        if (delimiter != null && (delimiter == '"' || delimiter == '\r' || delimiter == '\n')) {
            throw new IllegalArgumentException("a quote or a line break cannot separate cells");
        }
    }

    /**
     * @param kind what the rows are; never null
     * @return options for a UTF-8 file whose delimiter is detected, stored in chunks of {@value #DEFAULT_CHUNK}
     */
    public static ImportOptions of(RecordKind kind) {
        return new ImportOptions(kind, StandardCharsets.UTF_8, null, false, DEFAULT_CHUNK, DEFAULT_RECORD_CHARS,
                false, ImportListener.ignoring());
    }

    /**
     * @param value the encoding of a file without byte order mark; never null
     * @return these options reading that encoding
     */
    public ImportOptions charset(Charset value) {
        return new ImportOptions(kind, value, delimiter, dryRun, chunkSize, maxRecordChars, createMissingTags, listener);
    }

    /** @return these options reading Windows-1252, what spreadsheets in Western Europe save "CSV" as */
    public ImportOptions windows1252() {
        return charset(Charset.forName("windows-1252"));
    }

    /**
     * @param value the cell separator, e.g. {@code ';'}
     * @return these options with that separator instead of detecting it
     */
    public ImportOptions delimiter(char value) {
        return new ImportOptions(kind, charset, value, dryRun, chunkSize, maxRecordChars, createMissingTags, listener);
    }

    /** @return these options for a dry run: everything checked, nothing stored */
    public ImportOptions asDryRun() {
        return new ImportOptions(kind, charset, delimiter, true, chunkSize, maxRecordChars, createMissingTags, listener);
    }

    /**
     * @param rows rows per transaction, 1 to {@value #MAX_CHUNK}
     * @return these options with that chunk size
     */
    public ImportOptions chunkSize(int rows) {
        return new ImportOptions(kind, charset, delimiter, dryRun, rows, maxRecordChars, createMissingTags, listener);
    }

    /**
     * @param chars the longest row accepted, at least {@value #MIN_RECORD_CHARS}
     * @return these options with that limit
     */
    public ImportOptions maxRecordChars(int chars) {
        return new ImportOptions(kind, charset, delimiter, dryRun, chunkSize, chars, createMissingTags, listener);
    }

    /** @return these options defining tags the tenant lacks instead of refusing their rows */
    public ImportOptions creatingMissingTags() {
        return new ImportOptions(kind, charset, delimiter, dryRun, chunkSize, maxRecordChars, true, listener);
    }

    /**
     * @param value told the counts after each chunk; never null
     * @return these options reporting progress to it
     */
    public ImportOptions onProgress(ImportListener value) {
        return new ImportOptions(kind, charset, delimiter, dryRun, chunkSize, maxRecordChars, createMissingTags, value);
    }
}
