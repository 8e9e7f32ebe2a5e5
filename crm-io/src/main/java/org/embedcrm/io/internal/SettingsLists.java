package org.embedcrm.io.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.deal.StageColor;
import org.embedcrm.core.shared.Names;

/** What the settings syncs share: entries keyed by name regardless of case, colours as the document writes them. */
final class SettingsLists {

    private SettingsLists() {
    }

    /** @return the entries by {@link Names#key} of their name, in their order; the first of a repeated key wins */
    static <T> Map<String, T> byKey(List<T> entries, Function<T, String> name) {
        return entries.stream().collect(Collectors.toMap(e -> Names.key(name.apply(e)), e -> e, (a, b) -> a,
                LinkedHashMap::new));
    }

    /** @return the colour as stored ({@code #RRGGBB}, upper-case), or null */
    static String hex(StageColor color) {
        return color == null ? null : color.hex();
    }

    /** @return a document's colour as the core stores it, or null */
    static String hex(String color) {
        return color == null ? null : color.toUpperCase(Locale.ROOT);
    }
}
