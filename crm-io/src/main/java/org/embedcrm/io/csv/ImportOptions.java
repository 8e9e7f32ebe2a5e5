package org.embedcrm.io.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.merge.MatchField;

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
 * @param createMissingTags whether a tag name the tenant lacks is defined (otherwise the row is refused); leads
 *                          have no tags
 * @param listener          told the counts after each chunk; never null
 * @param strongKeys        the duplicate engine's strong keys a row with neither a known id nor a known e-mail
 *                          address is matched by, among {@link MatchField#PHONE}, {@link MatchField#VAT_NUMBER} and
 *                          {@link MatchField#EMAIL}; empty (or null) for none, which creates a contact for such a row;
 *                          empty for leads, which are matched by e-mail address only
 * @param phoneRegion       ISO-3166 alpha-2 region in which phone numbers written without a country code are read
 *                          when matching by phone, the {@code Crm}'s phone region; null to match only numbers
 *                          written with their country code
 */
public record ImportOptions(RecordKind kind, Charset charset, Character delimiter, boolean dryRun, int chunkSize,
                            int maxRecordChars, boolean createMissingTags, ImportListener listener,
                            Set<MatchField> strongKeys, String phoneRegion) {

    /** Largest chunk accepted. */
    public static final int MAX_CHUNK = 10_000;
    /** Smallest row length limit accepted. */
    public static final int MIN_RECORD_CHARS = 65_536;
    /** Rows per transaction unless told otherwise. */
    public static final int DEFAULT_CHUNK = 50;
    /** Longest row unless told otherwise: one million characters. */
    public static final int DEFAULT_RECORD_CHARS = 1_000_000;

    private static final Set<MatchField> STRONG_KEYS = EnumSet.of(MatchField.PHONE, MatchField.VAT_NUMBER,
            MatchField.EMAIL);

    /**
     * Rejects missing parts, a chunk size or row limit out of range, a delimiter that cannot separate cells, a field
     * that is no strong key, strong keys for leads and a region that is no ISO-3166 alpha-2 code.
     */
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
        strongKeys = strongKeys == null || strongKeys.isEmpty() ? Set.of() : Set.copyOf(strongKeys);
        if (!STRONG_KEYS.containsAll(strongKeys)) {
            throw new IllegalArgumentException("rows are matched by the strong keys " + STRONG_KEYS + " only: "
                    + strongKeys);
        }
        if (!kind.isContacts() && !strongKeys.isEmpty()) {
            throw new IllegalArgumentException("leads are matched by their e-mail address only, not by strong keys");
        }
        phoneRegion = phoneRegion == null ? null : phoneRegion.strip().toUpperCase(Locale.ROOT);
        if (phoneRegion != null && !phoneRegion.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a phone region is an ISO-3166 alpha-2 code: " + phoneRegion);
        }
    }

    /**
     * @param kind what the rows are; never null
     * @return options for a UTF-8 file whose delimiter is detected, stored in chunks of {@value #DEFAULT_CHUNK}
     */
    public static ImportOptions of(RecordKind kind) {
        return new ImportOptions(kind, StandardCharsets.UTF_8, null, false, DEFAULT_CHUNK, DEFAULT_RECORD_CHARS,
                false, ImportListener.ignoring(), Set.of(), null);
    }

    /**
     * @param value the encoding of a file without byte order mark; never null
     * @return these options reading that encoding
     */
    public ImportOptions charset(Charset value) {
        return new ImportOptions(kind, value, delimiter, dryRun, chunkSize, maxRecordChars, createMissingTags,
                listener, strongKeys, phoneRegion);
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
        return new ImportOptions(kind, charset, value, dryRun, chunkSize, maxRecordChars, createMissingTags,
                listener, strongKeys, phoneRegion);
    }

    /** @return these options for a dry run: everything checked, nothing stored */
    public ImportOptions asDryRun() {
        return new ImportOptions(kind, charset, delimiter, true, chunkSize, maxRecordChars, createMissingTags,
                listener, strongKeys, phoneRegion);
    }

    /**
     * @param rows rows per transaction, 1 to {@value #MAX_CHUNK}
     * @return these options with that chunk size
     */
    public ImportOptions chunkSize(int rows) {
        return new ImportOptions(kind, charset, delimiter, dryRun, rows, maxRecordChars, createMissingTags,
                listener, strongKeys, phoneRegion);
    }

    /**
     * @param chars the longest row accepted, at least {@value #MIN_RECORD_CHARS}
     * @return these options with that limit
     */
    public ImportOptions maxRecordChars(int chars) {
        return new ImportOptions(kind, charset, delimiter, dryRun, chunkSize, chars, createMissingTags,
                listener, strongKeys, phoneRegion);
    }

    /** @return these options defining tags the tenant lacks instead of refusing their rows */
    public ImportOptions creatingMissingTags() {
        return new ImportOptions(kind, charset, delimiter, dryRun, chunkSize, maxRecordChars, true,
                listener, strongKeys, phoneRegion);
    }

    /**
     * @param value told the counts after each chunk; never null
     * @return these options reporting progress to it
     */
    public ImportOptions onProgress(ImportListener value) {
        return new ImportOptions(kind, charset, delimiter, dryRun, chunkSize, maxRecordChars, createMissingTags,
                value, strongKeys, phoneRegion);
    }

    /**
     * Matches a row that has neither an id of the tenant nor an e-mail address of an active contact by the duplicate
     * engine's strong keys, phone and VAT number: it updates the active contact of its type having the same VAT
     * number or phone number (compared as {@link org.embedcrm.core.merge.DuplicateFinder} compares them), instead of
     * creating another. Set {@link #phoneRegion} too, so that national numbers compare.
     *
     * @return these options matching by phone and VAT number
     * @throws IllegalArgumentException for a lead file
     */
    public ImportOptions matchingStrongKeys() {
        return matchingStrongKeys(MatchField.PHONE, MatchField.VAT_NUMBER);
    }

    /**
     * @param keys the strong keys to match by, among phone, VAT number and e-mail (which also finds
     *             {@code ada+news@example.org} for {@code ada@example.org}); none for none
     * @return these options matching rows without a known id or e-mail address by those keys
     * @throws IllegalArgumentException for another field, or keys for a lead file
     */
    public ImportOptions matchingStrongKeys(MatchField... keys) {
        return new ImportOptions(kind, charset, delimiter, dryRun, chunkSize, maxRecordChars, createMissingTags,
                listener, Set.copyOf(Arrays.asList(keys)), phoneRegion);
    }

    /**
     * @param region ISO-3166 alpha-2 region of phone numbers written without their country code, such as {@code BE}:
     *               the region the {@code Crm} was built with; never null
     * @return these options reading such numbers in that region when matching by phone
     */
    public ImportOptions phoneRegion(String region) {
        return new ImportOptions(kind, charset, delimiter, dryRun, chunkSize, maxRecordChars, createMissingTags,
                listener, strongKeys, Objects.requireNonNull(region, "region"));
    }
}
