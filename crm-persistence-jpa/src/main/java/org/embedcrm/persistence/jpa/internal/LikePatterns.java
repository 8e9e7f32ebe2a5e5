package org.embedcrm.persistence.jpa.internal;

/** LIKE patterns that match user text literally, whatever wildcards it holds. */
final class LikePatterns {

    /** The escape character of every pattern; not a backslash, which MariaDB reads as an escape in SQL literals. */
    static final char ESCAPE = '!';

    private LikePatterns() {
    }

    /** @return a pattern matching any text that contains {@code text}, to use with {@link #ESCAPE} */
    static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** @return a pattern matching any text that starts with {@code text}, to use with {@link #ESCAPE} */
    static String startingWith(String text) {
        return literal(text) + "%";
    }

    private static String literal(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 2);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
