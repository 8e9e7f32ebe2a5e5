package org.embedcrm.persistence.jpa.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** How an aggregate's child rows follow its state without writing rows that did not change. */
final class ChildRows {

    private ChildRows() {
    }

    /**
     * An ordered list is rewritten as a whole when it changed: Hibernate then deletes the old rows before inserting
     * the new ones, whereas updating rows in place by position would briefly hold one value in two rows (two
     * addresses swapping places) and trip a unique key.
     *
     * @return {@code current} when it already holds {@code wanted}, else a new list for Hibernate to rewrite
     */
    static <T> List<T> replaced(List<T> current, List<T> wanted) {
        return current.equals(wanted) ? current : new ArrayList<>(wanted);
    }

    /**
     * A list that only grew keeps its rows and gets the new ones appended, so Hibernate inserts just those; any other
     * change rewrites it as {@link #replaced} does.
     *
     * @return {@code current} with the new elements appended, or a new list for Hibernate to rewrite
     */
    static <T> List<T> appended(List<T> current, List<T> wanted) {
        int kept = current.size();
        if (wanted.size() < kept || !wanted.subList(0, kept).equals(current)) {
            return new ArrayList<>(wanted);
        }
        current.addAll(wanted.subList(kept, wanted.size()));
        return current;
    }

    /** Changes a set in place, so Hibernate deletes the rows that went and inserts the ones that came. */
    static <T> void synchronise(Set<T> current, Collection<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }
}
