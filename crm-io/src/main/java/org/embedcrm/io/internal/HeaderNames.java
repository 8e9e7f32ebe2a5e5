package org.embedcrm.io.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of one kind of CSV file by every header that names them: the header templates write and its aliases,
 * matched regardless of case, spaces, hyphens and underscores, so that {@code First Name}, {@code first_name} and
 * {@code FIRSTNAME} name the same column. Immutable, thread-safe.
 *
 * @param <C> the columns' type
 */
public final class HeaderNames<C> {

    private final Map<String, C> byKey;

    private HeaderNames(Map<String, C> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * @param columns every column of the kind; never null
     * @param header  the header templates write for a column; never null
     * @param aliases the other headers accepted for a column; never null
     * @param <C>     the columns' type
     * @return the columns by header
     * @throws IllegalStateException when two columns share a header, however written
     */
    public static <C> HeaderNames<C> of(C[] columns, Function<C, String> header, Function<C, List<String>> aliases) {
        Map<String, C> byKey = new HashMap<>();
        for (C column : columns) {
            register(byKey, header.apply(column), column);
            aliases.apply(column).forEach(alias -> register(byKey, alias, column));
        }
        return new HeaderNames<>(byKey);
    }

    /**
     * @param header a header cell as written in a file; may be null
     * @return the column it names
     */
    public Optional<C> find(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(header)));
    }

    private static <C> void register(Map<String, C> byKey, String name, C column) {
        C previous = byKey.put(key(name), column);
        if (previous != null) {
            throw new IllegalStateException("header '" + name + "' names both " + previous + " and " + column);
        }
    }

    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
