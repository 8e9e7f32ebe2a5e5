package org.embedcrm.io.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Test files built from text. */
final class CsvFiles {

    private CsvFiles() {
    }

    /** @return the lines joined with CRLF, encoded as UTF-8 */
    static InputStream utf8(String... lines) {
        return encoded(StandardCharsets.UTF_8, lines);
    }

    /** @return the lines joined with CRLF, in that encoding */
    static InputStream encoded(Charset charset, String... lines) {
        return new ByteArrayInputStream((String.join("\r\n", lines) + "\r\n").getBytes(charset));
    }

    /** @return the bytes as a stream */
    static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }
}
