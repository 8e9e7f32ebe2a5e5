package org.embedcrm.core.error;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reports the violations of one input found by several checks together, at most one per field. */
public final class Violations {

    private Violations() {
    }

    /**
     * Parses one raw value, collecting its violations instead of throwing them, so that every field of an input
     * can be checked before all problems are reported together.
     *
     * @param field      the field to report them under, or "" to keep the fields the parser names
     * @param raw        the raw value, or null (then nothing is parsed)
     * @param parser     turns the raw value into a typed one, throwing {@link ValidationException} when it can't
     * @param violations where the parser's violations are added; never null
     * @param <T>        the raw type
     * @param <R>        the parsed type
     * @return the parsed value, or null when the raw value was null or invalid
     */
    public static <T, R> R collect(String field, T raw, Function<T, R> parser, List<Violation> violations) {
        if (raw == null) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (ValidationException e) {
            e.violations().forEach(v -> violations.add(
                    new Violation(field.isEmpty() ? v.field() : field, v.code(), v.message())));
            return null;
        }
    }

    /**
     * @param first  violations of the first check (e.g. Bean Validation); never null
     * @param second violations of a later check; those of a field the first already reported are dropped
     * @throws ValidationException with all of them, when there are any
     */
    public static void throwIfAny(List<Violation> first, List<Violation> second) {
        List<Violation> all = new ArrayList<>(first);
        Set<String> reported = new HashSet<>();
        first.forEach(v -> reported.add(v.field()));
        second.stream().filter(v -> !reported.contains(v.field())).forEach(all::add);
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
    }
}
