package org.embedcrm.io.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the current record began and fails once they pass a limit, so that a quote never
 * closed cannot pull a whole file into one cell in memory. The count includes the parser's read-ahead (a few
 * thousand characters), so the limit holds give or take that buffer.
 */
final class BoundedReader extends FilterReader {

    /** What {@link #read} throws past the limit; recognised when it comes back wrapped by the CSV parser. */
    static final class RecordTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLarge(int limit) {
            super("a row is longer than " + limit + " characters");
        }
    }

    private final int limit;
    private long sinceRecordStart;

    BoundedReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    /** Starts counting again: the parser returned a whole record. */
    void recordDone() {
        sinceRecordStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int chars) throws RecordTooLarge {
        sinceRecordStart += chars;
        if (sinceRecordStart > limit) {
            throw new RecordTooLarge(limit);
        }
    }
}
