package org.embedcrm.core.error;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reports the violations of one input found by several checks together, at most one per field. */
public final class Violations {

    private Violations() {
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
