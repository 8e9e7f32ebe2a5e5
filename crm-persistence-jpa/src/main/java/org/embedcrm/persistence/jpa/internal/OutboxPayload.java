package org.embedcrm.persistence.jpa.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Encodes an outbox entry's payload into one text column: {@code name=value} pairs, one per line, sorted by name,
 * with {@code \}, {@code =} and line breaks escaped by a backslash.
 */
final class OutboxPayload {

    private OutboxPayload() {
    }

    static String encode(Map<String, String> payload) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(payload).forEach((name, value) -> {
            escape(name, text);
            text.append('=');
            escape(value, text);
            text.append('\n');
        });
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> payload = new TreeMap<>();
        StringBuilder current = new StringBuilder();
        String name = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = text.charAt(++i);
                current.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else if (c == '=' && name == null) {
                name = current.toString();
                current.setLength(0);
            } else if (c == '\n') {
                payload.put(name, current.toString());
                name = null;
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return payload;
    }

    private static void escape(String value, StringBuilder into) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '=' -> into.append('\\').append(c);
                case '\n' -> into.append("\\n");
                case '\r' -> into.append("\\r");
                default -> into.append(c);
            }
        }
    }
}
