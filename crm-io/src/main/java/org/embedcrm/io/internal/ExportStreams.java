package org.embedcrm.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.embedcrm.io.CrmIoException;

/** What every CSV export shares: its byte stream and the error of a destination that refuses to be written. */
public final class ExportStreams {

    private ExportStreams() {
    }

    /**
     * Writes UTF-8 with a byte order mark, so that spreadsheets read accents right, then the export, and flushes.
     *
     * @param out    where to write; never null; left open
     * @param export writes the export's characters and returns how many records it wrote; never null
     * @return what {@code export} returned
     * @throws CrmIoException {@code export.write-failed} when the stream refuses to be written
     */
    public static long utf8WithByteOrderMark(OutputStream out, ToLongFunction<Appendable> export) {
        Objects.requireNonNull(out, "out");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
            long count = export.applyAsLong(writer);
            writer.flush();
            return count;
        } catch (IOException e) {
            throw writeFailed(e);
        }
    }

    /**
     * @param e why the destination refused to be written; never null
     * @return the export's error for it, code {@code export.write-failed}
     */
    public static CrmIoException writeFailed(IOException e) {
        return new CrmIoException("export.write-failed", "writing the export failed: " + e.getMessage(), 0, e);
    }
}
