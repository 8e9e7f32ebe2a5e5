package org.embedcrm.core.internal.audit;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flattens a snapshot record into field paths and text values ({@code profile.firstName -> Ann}): it descends into
 * the nested records named as groups and renders everything else as one value. Sets render sorted, so that their
 * order never shows as a change; values with a {@code toString} of their own (money, e-mail addresses, ids) render
 * with it, other records as their components' values.
 */
final class FieldValues {

    private FieldValues() {
    }

    /**
     * @param snapshot the record to flatten
     * @param ignored  paths to leave out (ids, versions, timestamps)
     * @param groups   paths of nested records whose fields are audited one by one
     * @return the values by path; empty values are left out
     */
    static Map<String, String> of(Record snapshot, Set<String> ignored, Set<String> groups) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", snapshot, ignored, groups, values);
        return values;
    }

    private static void flatten(String prefix, Record value, Set<String> ignored, Set<String> groups,
                                Map<String, String> into) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String path = prefix + component.getName();
            if (ignored.contains(path)) {
                continue;
            }
            Object field = read(component, value);
            if (field instanceof Record nested && groups.contains(path)) {
                flatten(path + ".", nested, ignored, groups, into);
            } else {
                String text = render(field);
                if (!text.isEmpty()) {
                    into.put(path, text);
                }
            }
        }
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + value.getClass(), e);
        }
    }

    private static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(FieldValues::render).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(FieldValues::render).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        String text = value.toString();
        if (value instanceof Record record && text.startsWith(record.getClass().getSimpleName() + "[")) {
            return Arrays.stream(record.getClass().getRecordComponents()).map(c -> read(c, record))
                    .filter(Objects::nonNull).map(FieldValues::render).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" "));
        }
        return text;
    }
}
