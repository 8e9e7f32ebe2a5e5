package org.embedcrm.io.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.embedcrm.io.CrmIoException;

/**
 * Reads a CSV file one record at a time: skips a UTF-8 byte order mark, marks bytes that are not valid in the
 * encoding with {@link #UNDECODABLE} (so that their row, and only it, is refused), detects {@code ,} or
 * {@code ;} from the header row, bounds the length of a record, and turns every parser failure into a
 * {@link CrmIoException} naming the row. The stream stays open: whoever opened it closes it. Not thread-safe.
 */
public final class CsvRows {

    /**
     * Stands for bytes the encoding cannot decode: a noncharacter, which no text meant for exchange holds, where a
     * decoder would otherwise put U+FFFD and hide the problem.
     */
    public static final char UNDECODABLE = '\uFFFF';

    private static final int PEEK = 16_384;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Iterator<CSVRecord> records;
    private final BoundedReader bounded;
    private final Charset charset;
    private final char delimiter;
    private final List<String> header;
    private long lastRow;

    private CsvRows(BoundedReader bounded, Charset charset, char delimiter) throws IOException {
        this.bounded = bounded;
        this.charset = charset;
        this.delimiter = delimiter;
        this.records = CSVParser.builder().setReader(bounded)
                .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()).get().iterator();
        this.header = next().map(CsvRow::cells).orElseThrow(() -> new CrmIoException("import.header.missing",
                "the file is empty: its first row must name the columns", 1, null));
    }

    /**
     * @param in             the file; never null; left open
     * @param charset        its encoding unless it starts with a UTF-8 byte order mark; never null
     * @param delimiter      the cell separator, or null to detect {@code ,} or {@code ;} from the header row
     * @param maxRecordChars the longest record accepted
     * @return the rows, positioned after the header
     * @throws CrmIoException when the header cannot be read
     */
    public static CsvRows open(InputStream in, Charset charset, Character delimiter, int maxRecordChars) {
        try {
            PushbackInputStream pushback = new PushbackInputStream(in, UTF8_BOM.length);
            Charset effective = skipByteOrderMark(pushback) ? StandardCharsets.UTF_8 : charset;
            Reader decoded = new InputStreamReader(pushback, effective.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(String.valueOf(UNDECODABLE)));
            BufferedReader buffered = new BufferedReader(decoded, PEEK);
            char separator = delimiter != null ? delimiter : detectDelimiter(buffered);
            return new CsvRows(new BoundedReader(buffered, maxRecordChars), effective, separator);
        } catch (IOException | UncheckedIOException e) {
            throw failure(e, 1);
        }
    }

    /** @return the header row's cells, as written; never null */
    public List<String> header() {
        return header;
    }

    /** @return the cell separator used */
    public char delimiter() {
        return delimiter;
    }

    /** @return the encoding read: the one asked for, or UTF-8 when the file starts with its byte order mark */
    public Charset charset() {
        return charset;
    }

    /**
     * @return the next record, or empty at the end of the file
     * @throws CrmIoException when the rest of the file cannot be read: bad encoding, a broken quote, a record too
     *                        long, a failing stream
     */
    public Optional<CsvRow> next() {
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            CSVRecord record = records.next();
            bounded.recordDone();
            lastRow = record.getRecordNumber();
            return Optional.of(new CsvRow(lastRow, record.stream().map(SafeCsv::restore).toList()));
        } catch (RuntimeException e) {
            throw failure(e, lastRow + 1);
        }
    }

    private static boolean skipByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] start = in.readNBytes(UTF8_BOM.length);
        boolean bom = Arrays.equals(start, UTF8_BOM);
        if (!bom) {
            in.unread(start);
        }
        if (start.length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
                || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
            throw new CrmIoException("import.encoding", "the file is UTF-16; save it as UTF-8 (or CSV UTF-8) and"
                    + " import it again", 1, null);
        }
        return bom;
    }

    /** Counts {@code ,} and {@code ;} outside quotes in the first line; the more frequent wins, a tie gives comma. */
    private static char detectDelimiter(BufferedReader in) throws IOException {
        in.mark(PEEK);
        char[] peek = new char[PEEK];
        int length = in.read(peek, 0, PEEK);
        in.reset();
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = peek[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static CrmIoException failure(Exception e, long row) {
        if (e instanceof CrmIoException io) {
            return io;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedReader.RecordTooLarge) {
                return new CrmIoException("import.record.too-large", "row " + row + " is too long: "
                        + cause.getMessage() + "; is a quote left open?", row, e);
            }
            if (cause instanceof CSVException) {
                return new CrmIoException("import.csv.malformed", "row " + row + " is not valid CSV (a quote left"
                        + " open, or text after a closing quote): " + cause.getMessage(), row, e);
            }
        }
        return new CrmIoException("import.read-failed", "reading the file failed at row " + row + ": " + e, row, e);
    }
}
