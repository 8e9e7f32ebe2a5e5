package org.embedcrm.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.error.Violation;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.TenantId;

/**
 * Collects every problem of a settings document, each under its path in the document ({@code tags[2].name}), so
 * that they are reported at once. The rules of a single entry are the core's own: the entry is built as the core's
 * record, whose constructor refuses what the core refuses.
 */
final class SettingsCheck {

    /** A tenant and an id for records built only to be checked. */
    static final TenantId TENANT = TenantId.of("settings-check");
    static final UUID ID = new UUID(0, 1);

    private final List<Violation> violations = new ArrayList<>();

    /**
     * @param path  the entry's path, e.g. {@code tags[2]}
     * @param build builds the core's record of the entry
     */
    void entry(String path, Supplier<?> build) {
        try {
            build.get();
        } catch (ValidationException e) {
            e.violations().forEach(v -> violations.add(new Violation(path + "." + v.field(), v.code(), v.message())));
        }
    }

    /**
     * Reports every entry whose key repeats an earlier one's, regardless of case.
     *
     * @param list    the list's path, e.g. {@code tags}
     * @param field   the key's field, e.g. {@code name}
     * @param entries the entries; never null
     * @param key     the entry's key; may return null (then skipped: the entry's own check reports it)
     */
    <T> void unique(String list, String field, List<T> entries, Function<T, String> key) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String value = key.apply(entries.get(i));
            if (value == null || value.isBlank()) {
                continue;
            }
            Integer first = seen.putIfAbsent(Names.key(value), i);
            if (first != null) {
                add(list + "[" + i + "]." + field, "settings.duplicate",
                        "'" + value + "' is listed twice (also at " + list + "[" + first + "])");
            }
        }
    }

    void add(String path, String code, String message) {
        violations.add(new Violation(path, code, message));
    }

    /** @throws ValidationException with every problem found, if any */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
