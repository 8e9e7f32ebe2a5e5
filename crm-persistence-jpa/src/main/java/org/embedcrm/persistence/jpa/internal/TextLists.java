package org.embedcrm.persistence.jpa.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a short list of texts into one column: each element followed by a line break, with {@code \} and line
 * breaks inside an element escaped by a backslash. The empty list is the empty text, and a list holding one empty
 * text is a lone line break, so every list comes back as it went in.
 */
final class TextLists {

    private TextLists() {
    }

    static String encode(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    static List<String> decode(String text) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = text.charAt(++i);
                current.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else if (c == '\n') {
                values.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return values;
    }

    /** Durations as ISO-8601 texts ({@code PT15M}), which keep every nanosecond and read well in SQL. */
    static String encodeDurations(List<Duration> durations) {
        return encode(durations.stream().map(Duration::toString).toList());
    }

    static List<Duration> decodeDurations(String text) {
        return decode(text).stream().map(Duration::parse).toList();
    }
}
