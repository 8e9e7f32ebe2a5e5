package org.embedcrm.core.shared;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.embedcrm.core.error.ValidationException;

/** The rule every reorderable list (pipelines, stages, statuses) follows: a new order names each entry once. */
public final class DisplayOrder {

    private DisplayOrder() {
    }

    /**
     * @param order    the new order asked for; never null
     * @param existing the ids of every entry of the list; never null
     * @param code     the error code, e.g. {@code stage.order.incomplete}
     * @param what     what the entries are, for the message, e.g. {@code stage of the pipeline}
     * @param <T>      the id type
     * @throws ValidationException when the order misses an entry, repeats one or names an unknown one
     */
    public static <T> void requirePermutation(List<T> order, Collection<T> existing, String code, String what) {
        if (order.size() != existing.size() || !new HashSet<>(order).equals(new HashSet<>(existing))) {
            throw ValidationException.of("order", code, "a new order lists every " + what + " exactly once");
        }
    }
}
